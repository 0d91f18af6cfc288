package org.clinicportal.account;

/** A number the portal menu shows beside a section, such as unread messages; declared as a bean. */
public interface PortalSectionBadge {

	/** The key of the section the number belongs to. */
	String sectionKey();

	/** The number for this account and the patient in view; 0 shows nothing. */
	long count(long accountId, long patientId);

}
