package org.clinicportal.notification;

import java.time.Instant;
import java.util.List;

/** A stored message that one dispatcher has claimed for sending, with the claim's token and its files. */
record ClaimedEmail(long id, String claimToken, String recipient, String subject, String text, String html,
		int attempts, Instant giveUpAt, List<EmailAttachment> attachments) {

	ClaimedEmail {
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

	/** A message without files. */
	ClaimedEmail(long id, String claimToken, String recipient, String subject, String text, String html,
			int attempts, Instant giveUpAt) {
		this(id, claimToken, recipient, subject, text, html, attempts, giveUpAt, List.of());
	}

	/** The same message with its files. */
	ClaimedEmail with(List<EmailAttachment> files) {
		return new ClaimedEmail(this.id, this.claimToken, this.recipient, this.subject, this.text, this.html,
				this.attempts, this.giveUpAt, files);
	}

}
