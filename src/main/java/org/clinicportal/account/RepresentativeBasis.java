package org.clinicportal.account;

/** On what a representative's access rests; the rules of access follow from it. */
public enum RepresentativeBasis {

	/** A parent acting for their child: narrows at the confidentiality age, ends at majority. */
	PARENT_OF_MINOR,

	/** A court-appointed guardian, with the document's reference and end date. */
	LEGAL_GUARDIAN,

	/** The patient's written consent, given on a date; it lasts a year unless staff set another end. */
	WRITTEN_CONSENT

}
