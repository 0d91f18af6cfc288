package org.clinicportal.messaging;

/** Who a message is from, and so who sees it. */
enum MessageKind {

	/** From a portal account: the patient or someone acting for them. */
	PATIENT,

	/** From staff, to the patient. */
	CLINIC,

	/** An internal note: staff only, never shown in the portal, never emailed. */
	NOTE

}
