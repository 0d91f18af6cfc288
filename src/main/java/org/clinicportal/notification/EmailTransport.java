package org.clinicportal.notification;

import java.util.List;
import java.util.Map;

/** Hands claimed messages on: to an SMTP server, or nowhere (the Dev Mailbox keeps them). */
interface EmailTransport {

	/** The name stored with each message this transport handled. */
	String name();

	/**
	 * Sends the messages, as far as possible over one connection.
	 * @return the failures by message id; a message without one was sent
	 */
	Map<Long, DeliveryFailure> send(List<ClaimedEmail> emails);

	/** Why a message was not sent, and whether trying again could help. */
	record DeliveryFailure(String error, boolean permanent) {
	}

}
