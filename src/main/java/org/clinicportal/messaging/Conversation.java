package org.clinicportal.messaging;

import java.time.Instant;

/**
 * A conversation of one patient with one pool, as its list rows and pages show it.
 *
 * @param id the conversation's id
 * @param patientId the patient it is about
 * @param poolId the pool it was written to
 * @param subject its subject, as the first writer gave it
 * @param state whose turn it is, or closed
 * @param startedAt when its first message was sent
 * @param waitingSince since when the patient has waited for the clinic; {@code null} unless waiting
 * @param patientOnly whether it is hidden from representatives
 * @param assignedTo the staff user it is assigned to, or {@code null}
 * @param lastMessageAt when the newest message the portal shows was sent
 * @param lastAuthor who wrote that message
 * @param lastFromClinic whether that message came from the clinic
 * @param lastClinicMessageId the newest message from the clinic, or {@code null}
 * @param messageCount how many messages the portal shows
 */
record Conversation(long id, long patientId, long poolId, String subject, ConversationState state,
		Instant startedAt, Instant waitingSince, boolean patientOnly, Long assignedTo, Instant lastMessageAt,
		String lastAuthor, boolean lastFromClinic, Long lastClinicMessageId, int messageCount) {

	public boolean closed() {
		return this.state == ConversationState.CLOSED;
	}

	/** Whether the patient has waited for an answer since before the cut-off of the clinic's reply time. */
	boolean overdue(Instant cutoff) {
		return this.state == ConversationState.WAITING_CLINIC && this.waitingSince != null
				&& this.waitingSince.isBefore(cutoff);
	}

	/** Whether the account that has read up to this message has a message from the clinic still to read. */
	boolean unreadAfter(Long readUpTo) {
		return this.lastClinicMessageId != null && (readUpTo == null || readUpTo < this.lastClinicMessageId);
	}

}
