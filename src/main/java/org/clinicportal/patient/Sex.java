package org.clinicportal.patient;

/** Sex recorded in the chart. */
public enum Sex {

	FEMALE, MALE, OTHER, UNKNOWN

}
