package org.clinicportal.notification;

import java.time.Instant;

/** A stored message that one dispatcher has claimed for sending, with the claim's token. */
record ClaimedEmail(long id, String claimToken, String recipient, String subject, String text, String html,
		int attempts, Instant giveUpAt) {
}
