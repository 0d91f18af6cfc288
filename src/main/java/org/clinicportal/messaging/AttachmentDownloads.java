package org.clinicportal.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.system.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Sends a conversation's file to staff and to the portal alike: always as a download (never shown in
 * the page), with the type read from its content when it was sent, its safe name, no sniffing and no
 * caching; audited before the first byte leaves.
 */
@Component
class AttachmentDownloads {

	private final Attachments attachments;

	private final AuditTrail audit;

	AttachmentDownloads(Attachments attachments, AuditTrail audit) {
		this.attachments = attachments;
		this.audit = audit;
	}

	/**
	 * Streams the attachment of the conversation to the response.
	 * @param actor who downloads it, for the audit trail; {@code null} for the signed-in staff user
	 */
	void send(Conversation conversation, long attachmentId, HttpServletResponse response, String actor) {
		AttachmentInfo file = this.attachments.find(conversation.id(), attachmentId).orElseThrow(NotFoundException::new);
		String detail = "conversation " + conversation.id() + ", attachment " + file.id();
		if (actor != null) {
			this.audit.record(actor, AuditAction.MESSAGE_ATTACHMENT_DOWNLOADED, conversation.patientId(), detail,
					AuditTrail.currentRemoteAddress());
		}
		else {
			this.audit.record(AuditAction.MESSAGE_ATTACHMENT_DOWNLOADED, conversation.patientId(), detail);
		}
		response.setContentType(file.contentType());
		response.setContentLengthLong(file.size());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		try {
			this.attachments.copy(file, response.getOutputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
