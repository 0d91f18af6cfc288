package org.clinicportal.messaging;

/** The lists of a pool's inbox. */
enum InboxFilter {

	/** The patient's side wrote last: newest first. */
	WAITING_CLINIC,

	/** Waiting for the clinic for longer than its stated reply time: the longest waiting first. */
	OVERDUE,

	/** The clinic wrote last: newest first. */
	WAITING_PATIENT,

	/** Open conversations assigned to the signed-in staff user: newest first. */
	MINE,

	/** Closed: newest first. */
	CLOSED

}
