package org.clinicportal.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clinicportal.system.Paging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads conversations and their threads for the portal, the staff pages and the patient dashboard. */
@Component
class ConversationQueries {

	static final String COLUMNS = "c.id, c.patient_id, c.pool_id, c.subject, c.state, c.started_at, c.waiting_since,"
			+ " c.patient_only, c.assigned_to, c.last_message_at, c.last_author, c.last_from_clinic,"
			+ " c.last_clinic_message_id, c.message_count";

	/** Newest first; the id breaks ties, so that pages never overlap. */
	static final String NEWEST_FIRST = " ORDER BY c.last_message_at DESC, c.id DESC";

	private static final String PORTAL_PAGE = "SELECT " + COLUMNS + ", r.read_up_to FROM conversation c"
			+ " LEFT JOIN conversation_read r ON r.conversation_id = c.id AND r.reader = :reader"
			+ " WHERE c.patient_id = :patient AND (c.patient_only = FALSE OR :self = TRUE)" + NEWEST_FIRST
			+ " LIMIT :limit OFFSET :offset";

	private static final String UNREAD = "SELECT COUNT(*) FROM conversation c"
			+ " LEFT JOIN conversation_read r ON r.conversation_id = c.id AND r.reader = :reader"
			+ " WHERE c.patient_id = :patient AND (c.patient_only = FALSE OR :self = TRUE)"
			+ " AND c.last_clinic_message_id > COALESCE(r.read_up_to, 0)";

	private static final String THREAD = """
			SELECT id, kind, author_name, on_behalf_of, body, sent_at FROM message
			WHERE conversation_id = :conversation AND (kind <> 'NOTE' OR :notes = TRUE) ORDER BY id
			""";

	private final JdbcClient jdbc;

	private final Attachments attachments;

	ConversationQueries(JdbcClient jdbc, Attachments attachments) {
		this.jdbc = jdbc;
		this.attachments = attachments;
	}

	Optional<Conversation> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM conversation c WHERE c.id = :id")
			.param("id", id)
			.query(ConversationQueries::conversation)
			.optional();
	}

	/** The conversation, when it is this patient's. */
	Optional<Conversation> find(long patientId, long id) {
		return find(id).filter((c) -> c.patientId() == patientId);
	}

	/**
	 * The conversation as the portal may show it: the patient's, and not marked patient only unless the
	 * reader is the patient themself.
	 */
	Optional<Conversation> findForPortal(long patientId, long id, boolean self) {
		return find(patientId, id).filter((c) -> self || !c.patientOnly());
	}

	/** The messages of a conversation in the order they were sent, with internal notes for staff only. */
	List<Message> thread(long conversationId, boolean withNotes) {
		var rows = this.jdbc.sql(THREAD)
			.param("conversation", conversationId)
			.param("notes", withNotes)
			.query((rs, n) -> new Message(rs.getLong(1), MessageKind.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), rs.getString(5), instant(rs, 6), List.of()))
			.list();
		Map<Long, List<AttachmentInfo>> files = this.attachments.of(conversationId,
				rows.stream().map(Message::id).toList());
		return rows.stream()
			.map((m) -> new Message(m.id(), m.kind(), m.authorName(), m.onBehalfOf(), m.body(), m.sentAt(),
					files.getOrDefault(m.id(), List.of())))
			.toList();
	}

	/**
	 * A page of the patient's conversations as the portal lists them for one reader, newest first;
	 * conversations marked patient only are left out unless the reader is the patient themself.
	 */
	Paging.Rows<PortalRow> portalPage(long patientId, String reader, boolean self, Paging paging) {
		return paging.rows(this.jdbc.sql(PORTAL_PAGE)
			.param("reader", reader)
			.param("patient", patientId)
			.param("self", self)
			.param("limit", paging.limit())
			.param("offset", paging.offset())
			.query((rs, n) -> {
				Conversation c = conversation(rs, n);
				return new PortalRow(c, c.unreadAfter(rs.getObject(15, Long.class)));
			})
			.list());
	}

	/** How many of the conversations the reader sees have a message from the clinic they have not read. */
	long unread(long patientId, String reader, boolean self) {
		return this.jdbc.sql(UNREAD)
			.param("reader", reader)
			.param("patient", patientId)
			.param("self", self)
			.query(Long.class)
			.single();
	}

	/** The patient's conversations that are not closed, newest first, as the dashboard lists them. */
	List<Conversation> open(long patientId, int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM conversation c WHERE c.patient_id = :patient AND c.state <> 'CLOSED'"
					+ NEWEST_FIRST + " LIMIT :limit")
			.param("patient", patientId)
			.param("limit", limit)
			.query(ConversationQueries::conversation)
			.list();
	}

	static Conversation conversation(ResultSet rs, int n) throws SQLException {
		return new Conversation(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
				ConversationState.valueOf(rs.getString(5)), instant(rs, 6), instant(rs, 7), rs.getBoolean(8),
				rs.getObject(9, Long.class), instant(rs, 10), rs.getString(11), rs.getBoolean(12),
				rs.getObject(13, Long.class), rs.getInt(14));
	}

	static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

	/**
	 * A line of the portal's list.
	 *
	 * @param conversation the conversation
	 * @param unread whether it has a message from the clinic the reader has not read
	 */
	record PortalRow(Conversation conversation, boolean unread) {
	}

}
