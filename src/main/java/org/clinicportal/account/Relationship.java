package org.clinicportal.account;

/** Who a representative is to the patient, as the setup form records it. */
public enum Relationship {

	PARENT, LEGAL_GUARDIAN, SPOUSE_OR_PARTNER, ADULT_CHILD, OTHER_CAREGIVER

}
