package org.clinicportal.account;

/** Whom a portal account acts as for a patient. */
public enum AccessType {

	/** The patient's own account. */
	SELF,

	/** Someone acting for the patient, such as a parent or guardian. */
	AUTHORIZED_REP

}
