package org.clinicportal.messaging;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.clinicportal.account.AccessTerms;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditDetail;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.messaging.AttachmentRules.Accepted;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes conversations: a first message, replies from either side and internal notes, each with its
 * files, its audit record (ids, never the text) and, for a message from the clinic, the event that
 * tells the patient's accounts. A reply to a closed conversation opens it again, so nothing anyone
 * writes is refused for being late.
 */
@Service
@Transactional
class Conversations {

	private static final String INSERT = """
			INSERT INTO conversation (patient_id, pool_id, subject, started_by, started_at, state, patient_only,
			    last_message_at, last_author, last_from_clinic, message_count)
			VALUES (:patient, :pool, :subject, :author, :now, :state, :patientOnly, :now, :authorName, :fromClinic, 0)
			""";

	private static final String INSERT_MESSAGE = """
			INSERT INTO message (conversation_id, kind, author, author_name, on_behalf_of, body, sent_at)
			VALUES (:conversation, :kind, :author, :authorName, :onBehalfOf, :body, :now)
			""";

	private static final String FROM_PATIENT = """
			UPDATE conversation SET state = 'WAITING_CLINIC',
			    waiting_since = CASE WHEN state = 'WAITING_CLINIC' THEN waiting_since ELSE :now END,
			    last_message_at = :now, last_author = :authorName, last_from_clinic = FALSE,
			    message_count = message_count + 1
			WHERE id = :conversation
			""";

	private static final String FROM_CLINIC = """
			UPDATE conversation SET state = 'WAITING_PATIENT', waiting_since = NULL,
			    last_message_at = :now, last_author = :authorName, last_from_clinic = TRUE,
			    last_clinic_message_id = :message, message_count = message_count + 1
			WHERE id = :conversation
			""";

	private static final String INSERT_WORD = "INSERT INTO conversation_word (word, pool_id, conversation_id)"
			+ " VALUES (:word, :pool, :conversation)";

	private final JdbcClient jdbc;

	private final Attachments attachments;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AccessTerms representatives;

	Conversations(JdbcClient jdbc, Attachments attachments, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock, AccessTerms representatives) {
		this.representatives = representatives;
		this.jdbc = jdbc;
		this.attachments = attachments;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Starts a conversation of the patient with the pool: from the patient's side or from the clinic.
	 * One a minor past the confidentiality age starts themselves is patient only from the start, and
	 * stays so after they come of age.
	 */
	long start(long patientId, Pool pool, String subject, String body, List<Accepted> files, Author author,
			MessageKind kind) {
		boolean fromClinic = kind == MessageKind.CLINIC;
		var keys = new GeneratedKeyHolder();
		this.jdbc.sql(INSERT)
			.param("patient", patientId)
			.param("pool", pool.id())
			.param("subject", subject.strip())
			.param("author", author.actor())
			.param("now", now())
			.param("state", (fromClinic ? ConversationState.WAITING_PATIENT : ConversationState.WAITING_CLINIC).name())
			.param("authorName", author.name())
			.param("fromClinic", fromClinic)
			.param("patientOnly", !fromClinic && author.onBehalfOf() == null && this.representatives.keptFromRepresentatives(patientId))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		for (String word : SubjectWords.of(subject)) {
			this.jdbc.sql(INSERT_WORD).param("word", word).param("pool", pool.id()).param("conversation", id).update();
		}
		write(id, patientId, body, files, author, kind, "conversation " + id + " started with pool " + pool.name());
		return id;
	}

	/** Adds a message from the patient's side or the clinic; a closed conversation opens again. */
	long reply(Conversation conversation, String body, List<Accepted> files, Author author, MessageKind kind) {
		if (kind == MessageKind.NOTE) {
			throw new IllegalArgumentException("A note is added with note()");
		}
		long message = write(conversation.id(), conversation.patientId(), body, files, author, kind,
				"reply in conversation " + conversation.id());
		if (conversation.closed()) {
			this.audit.recordCoded(author.actor(), AuditAction.CONVERSATION_REOPENED, conversation.patientId(),
					AuditDetail.of("audit.detail.reopenedByReply", conversation.id()), AuditTrail.currentRemoteAddress());
		}
		return message;
	}

	/** Adds an internal note, which only staff see; it changes nothing else about the conversation. */
	long note(Conversation conversation, String body, Author author) {
		long id = insertMessage(conversation.id(), body, author, MessageKind.NOTE);
		this.audit.recordCoded(author.actor(), AuditAction.MESSAGE_NOTE_ADDED, conversation.patientId(),
				AuditDetail.of("audit.detail.note", conversation.id(), id), AuditTrail.currentRemoteAddress());
		return id;
	}

	private long write(long conversationId, long patientId, String body, List<Accepted> files, Author author,
			MessageKind kind, String what) {
		long message = insertMessage(conversationId, body, author, kind);
		for (Accepted file : files) {
			this.attachments.store(message, conversationId, file);
		}
		this.jdbc.sql((kind == MessageKind.CLINIC) ? FROM_CLINIC : FROM_PATIENT)
			.param("conversation", conversationId)
			.param("now", now())
			.param("authorName", author.name())
			.param("message", message)
			.update();
		String from = (kind == MessageKind.CLINIC) ? "the clinic"
				: (author.onBehalfOf() != null) ? "a representative" : "the patient";
		this.audit.record(author.actor(), AuditAction.MESSAGE_SENT, patientId,
				what + ", message " + message + " from " + from + ", " + files.size() + " attachments",
				AuditTrail.currentRemoteAddress());
		if (kind == MessageKind.CLINIC) {
			this.events.publishEvent(new MessageSentToPatient(conversationId, patientId));
		}
		return message;
	}

	private long insertMessage(long conversationId, String body, Author author, MessageKind kind) {
		var keys = new GeneratedKeyHolder();
		this.jdbc.sql(INSERT_MESSAGE)
			.param("conversation", conversationId)
			.param("kind", kind.name())
			.param("author", author.actor())
			.param("authorName", author.name())
			.param("onBehalfOf", author.onBehalfOf())
			.param("body", body.strip())
			.param("now", now())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

}
