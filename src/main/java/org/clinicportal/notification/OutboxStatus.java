package org.clinicportal.notification;

/** Where a stored message is on its way out. Each has a label in the messages ({@code outbox.status.*}). */
enum OutboxStatus {

	/** Stored, not tried yet. */
	QUEUED,
	/** Tried and failed; tried again at its next attempt time. */
	RETRYING,
	/** Handed to the SMTP server, or kept in the Dev Mailbox. */
	SENT,
	/** Given up: a permanent error, or still failing a day after it was queued. */
	FAILED

}
