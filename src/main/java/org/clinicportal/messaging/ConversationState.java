package org.clinicportal.messaging;

/** Whose turn it is in a conversation, or that it is closed. */
enum ConversationState {

	/** The patient's side wrote last: the clinic is to answer. */
	WAITING_CLINIC,

	/** The clinic wrote last. */
	WAITING_PATIENT,

	/** Staff closed it; a reply from either side opens it again. */
	CLOSED

}
