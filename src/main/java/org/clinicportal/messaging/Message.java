package org.clinicportal.messaging;

import java.time.Instant;
import java.util.List;

/**
 * One message of a conversation, with its attachments. Never changed once sent.
 *
 * @param id the message's id
 * @param kind from the patient's side, from the clinic, or an internal note
 * @param authorName who wrote it, as the thread shows them
 * @param onBehalfOf the patient's name when a representative wrote it
 * @param body the text
 * @param sentAt when it was sent
 * @param attachments its files
 */
record Message(long id, MessageKind kind, String authorName, String onBehalfOf, String body, Instant sentAt,
		List<AttachmentInfo> attachments) {

	Message {
		attachments = List.copyOf(attachments);
	}

	public boolean note() {
		return this.kind == MessageKind.NOTE;
	}

	public boolean fromClinic() {
		return this.kind == MessageKind.CLINIC;
	}

}
