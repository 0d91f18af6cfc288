package org.clinicportal.messaging;

/** What the inbox's search box searches. */
enum SearchBy {

	/** The patient's name (or its start) or MRN, as the patient list reads them. */
	PATIENT,

	/** Every word of the subject, each folded (lower case, without accents). */
	SUBJECT

}
