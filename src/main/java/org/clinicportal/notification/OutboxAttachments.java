package org.clinicportal.notification;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The files of outbox messages, stored with the message in the transaction that queues it and
 * emptied, like its text, once it is sent over SMTP.
 */
@Repository
class OutboxAttachments {

	private static final String INSERT = """
			INSERT INTO outbox_attachment (email_id, seq, filename, content_type, content_base64)
			VALUES (:emailId, :seq, :filename, :contentType, :content)
			""";

	private static final String SELECT = """
			SELECT email_id, filename, content_type, content_base64 FROM outbox_attachment
			WHERE email_id IN (:ids) AND content_base64 IS NOT NULL ORDER BY email_id, seq
			""";

	private static final String DROP_CONTENT = "UPDATE outbox_attachment SET content_base64 = NULL WHERE email_id IN (:ids)";

	private final JdbcClient jdbc;

	OutboxAttachments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(long emailId, List<EmailAttachment> attachments) {
		for (int i = 0; i < attachments.size(); i++) {
			EmailAttachment attachment = attachments.get(i);
			this.jdbc.sql(INSERT)
				.param("emailId", emailId)
				.param("seq", i)
				.param("filename", attachment.filename())
				.param("contentType", attachment.contentType())
				.param("content", Base64.getEncoder().encodeToString(attachment.content()))
				.update();
		}
	}

	/** The files of these messages, by message; a message without any is left out. */
	Map<Long, List<EmailAttachment>> of(Collection<Long> emailIds) {
		Map<Long, List<EmailAttachment>> files = new LinkedHashMap<>();
		if (emailIds.isEmpty()) {
			return files;
		}
		this.jdbc.sql(SELECT).param("ids", emailIds).query((rs) -> {
			files.computeIfAbsent(rs.getLong("email_id"), (id) -> new ArrayList<>())
				.add(new EmailAttachment(rs.getString("filename"), rs.getString("content_type"),
						Base64.getDecoder().decode(rs.getString("content_base64"))));
		});
		return files;
	}

	/** The claimed messages, each with its files. */
	List<ClaimedEmail> attachedTo(List<ClaimedEmail> claimed) {
		var files = of(claimed.stream().map(ClaimedEmail::id).toList());
		return claimed.stream().map((email) -> email.with(files.getOrDefault(email.id(), List.of()))).toList();
	}

	void dropContent(Collection<Long> emailIds) {
		if (!emailIds.isEmpty()) {
			this.jdbc.sql(DROP_CONTENT).param("ids", emailIds).update();
		}
	}

}
