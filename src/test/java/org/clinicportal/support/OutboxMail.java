package org.clinicportal.support;

import java.time.Duration;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The emails queued for an address. Emails about accounts and forms are queued by the notification
 * module once the change that caused them has committed, a moment later, so tests wait for them.
 */
public final class OutboxMail {

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	private OutboxMail() {
	}

	/** The emails queued for the address, oldest first, once there are at least this many (or after 10 s). */
	public static List<Email> await(JdbcClient jdbc, String recipient, int count) {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		List<Email> emails = now(jdbc, recipient);
		while (emails.size() < count && System.nanoTime() < deadline) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			emails = now(jdbc, recipient);
		}
		return emails;
	}

	/** The emails queued for the address so far, oldest first. */
	public static List<Email> now(JdbcClient jdbc, String recipient) {
		return jdbc.sql("SELECT subject, text_body, html_body, template, locale FROM outbox_email WHERE recipient = ?"
				+ " ORDER BY id")
			.param(recipient)
			.query((rs, n) -> new Email(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	/** An email as queued. */
	public record Email(String subject, String text, String html, String template, String locale) {

		/** Subject and text, as a reader sees them. */
		public String subjectAndText() {
			return this.subject + " " + this.text;
		}

	}

}
