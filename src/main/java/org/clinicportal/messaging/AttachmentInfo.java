package org.clinicportal.messaging;

/**
 * A stored file of a message, without its content.
 *
 * @param id the attachment's id
 * @param messageId the message it belongs to
 * @param conversationId that message's conversation
 * @param filename its safe name
 * @param contentType its media type, as read from its content
 * @param size its size in bytes
 * @param chunks how many chunks hold its content
 */
record AttachmentInfo(long id, long messageId, long conversationId, String filename, String contentType, long size,
		int chunks) {

	/** The size as a list shows it: bytes, KB or MB. */
	public String sizeLabel() {
		if (this.size < 1024) {
			return this.size + " B";
		}
		if (this.size < 1024 * 1024) {
			return Math.round(this.size / 1024.0) + " KB";
		}
		return AttachmentRules.megabytes(this.size) + " MB";
	}

}
