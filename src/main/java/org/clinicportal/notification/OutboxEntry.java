package org.clinicportal.notification;

import java.time.Instant;

/** One stored message as the Outbox and Dev Mailbox pages show it. */
record OutboxEntry(long id, String recipient, String subject, OutboxStatus status, int attempts, String lastError,
		Instant createdAt, Instant lastAttemptAt, Instant nextAttemptAt, Instant sentAt, String transport,
		String template, String locale, String text, String html) {

	/** Whether a copy was kept for the Dev Mailbox instead of being sent. */
	public boolean inMailbox() {
		return Outbox.MAILBOX.equals(this.transport);
	}

}
