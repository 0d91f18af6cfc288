package org.clinicportal.messaging;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditDetail;
import org.clinicportal.audit.AuditTrail;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How far each reader has read each conversation: what the portal marks unread, and what the audit
 * trail records as read, once per reader and message.
 */
@Component
class ReadMarks {

	private static final String ADVANCE = "UPDATE conversation_read SET read_up_to = :upTo"
			+ " WHERE conversation_id = :conversation AND reader = :reader AND read_up_to < :upTo";

	private static final String FIRST = "INSERT INTO conversation_read (conversation_id, reader, read_up_to)"
			+ " SELECT :conversation, :reader, :upTo WHERE NOT EXISTS"
			+ " (SELECT 1 FROM conversation_read WHERE conversation_id = :conversation AND reader = :reader)";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	ReadMarks(JdbcClient jdbc, AuditTrail audit, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.transactions = transactions;
	}

	static String portalReader(long accountId) {
		return "portal:" + accountId;
	}

	static String staffReader(long staffId) {
		return "staff:" + staffId;
	}

	/**
	 * Records that the reader has now read the conversation up to this message. When that is further
	 * than before, the reading is audited as the actor's; returns whether it was.
	 */
	boolean read(Conversation conversation, String reader, long upTo, String actor) {
		try {
			return attempt(conversation, reader, upTo, actor);
		}
		catch (DuplicateKeyException ex) {
			// the same reader's first reading in another request at the same moment: it counts as theirs
			return attempt(conversation, reader, upTo, actor);
		}
	}

	private boolean attempt(Conversation conversation, String reader, long upTo, String actor) {
		return Boolean.TRUE.equals(this.transactions.execute((status) -> {
			int changed = this.jdbc.sql(ADVANCE)
				.param("conversation", conversation.id())
				.param("reader", reader)
				.param("upTo", upTo)
				.update();
			if (changed == 0) {
				changed = this.jdbc.sql(FIRST)
					.param("conversation", conversation.id())
					.param("reader", reader)
					.param("upTo", upTo)
					.update();
			}
			if (changed == 1) {
				this.audit.recordCoded(actor, AuditAction.MESSAGE_READ, conversation.patientId(),
						AuditDetail.of("audit.detail.readUpTo", conversation.id(), upTo), AuditTrail.currentRemoteAddress());
			}
			return changed == 1;
		}));
	}

}
