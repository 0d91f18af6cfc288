package org.clinicportal.messaging;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do to a conversation besides writing in it: assign it, close and reopen it, mark it
 * patient only. Each is one conditional update, so of two staff doing the same at once one changes
 * it and the other is told it already was; each change is audited.
 */
@Service
@Transactional
class ConversationActions {

	private static final String ASSIGN = "UPDATE conversation SET assigned_to = :staff WHERE id = :id"
			+ " AND (assigned_to IS NULL OR assigned_to <> :staff)";

	private static final String UNASSIGN = "UPDATE conversation SET assigned_to = NULL WHERE id = :id"
			+ " AND assigned_to IS NOT NULL";

	private static final String CLOSE = "UPDATE conversation SET state = 'CLOSED', waiting_since = NULL"
			+ " WHERE id = :id AND state <> 'CLOSED'";

	// back to whose turn it was: the clinic's when the patient's side wrote last (its wait starts now)
	private static final String REOPEN = """
			UPDATE conversation SET
			    state = CASE WHEN last_from_clinic THEN 'WAITING_PATIENT' ELSE 'WAITING_CLINIC' END,
			    waiting_since = CASE WHEN last_from_clinic THEN NULL ELSE :now END
			WHERE id = :id AND state = 'CLOSED'
			""";

	private static final String PATIENT_ONLY = "UPDATE conversation SET patient_only = :only"
			+ " WHERE id = :id AND patient_only <> :only";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	ConversationActions(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Assigns the conversation to the staff user, or to nobody; false when it already was. */
	boolean assign(Conversation conversation, Long staffId) {
		int changed = (staffId != null)
				? this.jdbc.sql(ASSIGN).param("id", conversation.id()).param("staff", staffId).update()
				: this.jdbc.sql(UNASSIGN).param("id", conversation.id()).update();
		return audited(changed, AuditAction.CONVERSATION_ASSIGNED, conversation,
				(staffId != null) ? "to staff user " + staffId : "to nobody");
	}

	/** Closes the conversation; false when it already was. */
	boolean close(Conversation conversation) {
		return audited(this.jdbc.sql(CLOSE).param("id", conversation.id()).update(), AuditAction.CONVERSATION_CLOSED,
				conversation, null);
	}

	/** Opens a closed conversation again; false when it was open. */
	boolean reopen(Conversation conversation) {
		int changed = this.jdbc.sql(REOPEN)
			.param("id", conversation.id())
			.param("now", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
		return audited(changed, AuditAction.CONVERSATION_REOPENED, conversation, null);
	}

	/** Hides the conversation from representatives, or shows it to them again; false when it already was so. */
	boolean patientOnly(Conversation conversation, boolean only) {
		int changed = this.jdbc.sql(PATIENT_ONLY).param("id", conversation.id()).param("only", only).update();
		return audited(changed, AuditAction.CONVERSATION_PATIENT_ONLY_CHANGED, conversation,
				only ? "patient only" : "shown to representatives");
	}

	private boolean audited(int changed, AuditAction action, Conversation conversation, String what) {
		if (changed == 1) {
			this.audit.record(action, conversation.patientId(),
					"conversation " + conversation.id() + ((what != null) ? " " + what : ""));
		}
		return changed == 1;
	}

}
