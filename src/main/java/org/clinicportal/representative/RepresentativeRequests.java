package org.clinicportal.representative;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.clinicportal.account.Relationship;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The patients' requests to add someone, as the portal makes them and staff answer them. */
@Component
@Transactional
class RepresentativeRequests {

	private static final String COLUMNS = """
			SELECT id, patient_id, first_name, last_name, email, relationship, sections, requested_at, status,
			       decline_reason FROM representative_request
			""";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	RepresentativeRequests(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	void ask(long patientId, long accountId, AskForm form) {
		this.jdbc.sql("""
				INSERT INTO representative_request (patient_id, requested_by, first_name, last_name, email, relationship,
				       sections, requested_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')
				""")
			.params(patientId, accountId, form.getFirstName().strip(), form.getLastName().strip(),
					form.getEmail().strip(), form.getRelationship().name(), String.join(",", form.getSections()),
					TermsStore.utc(this.clock.instant()))
			.update();
		this.audit.record(AuditAction.REPRESENTATIVE_REQUESTED, patientId,
				form.getRelationship() + " with " + form.getSections());
	}

	@Transactional(readOnly = true)
	List<RepresentativeRequest> ofPatient(long patientId) {
		return this.jdbc.sql(COLUMNS + " WHERE patient_id = ? ORDER BY requested_at DESC, id DESC")
			.param(patientId)
			.query(RepresentativeRequests::row)
			.list();
	}

	/** Every open request of every patient, oldest first. */
	@Transactional(readOnly = true)
	List<RepresentativeRequest> open() {
		return this.jdbc.sql(COLUMNS + " WHERE status = 'OPEN' ORDER BY requested_at, id")
			.query(RepresentativeRequests::row)
			.list();
	}

	@Transactional(readOnly = true)
	Optional<RepresentativeRequest> find(long patientId, long requestId) {
		return this.jdbc.sql(COLUMNS + " WHERE patient_id = ? AND id = ?")
			.params(patientId, requestId)
			.query(RepresentativeRequests::row)
			.optional();
	}

	/** Marks an open request approved, after staff saved the account it asked for. */
	void approved(long requestId, long patientId) {
		if (decide(requestId, patientId, "APPROVED", null) == 1) {
			this.audit.record(AuditAction.REPRESENTATIVE_REQUEST_APPROVED, patientId, "request " + requestId);
		}
	}

	/** Declines an open request with a reason the patient reads; false when it was no longer open. */
	boolean decline(long requestId, long patientId, String reason) {
		if (decide(requestId, patientId, "DECLINED", reason.strip()) != 1) {
			return false;
		}
		this.audit.record(AuditAction.REPRESENTATIVE_REQUEST_DECLINED, patientId, "request " + requestId);
		return true;
	}

	private int decide(long requestId, long patientId, String status, String reason) {
		return this.jdbc.sql("""
				UPDATE representative_request SET status = ?, decided_by = ?, decided_at = ?, decline_reason = ?
				WHERE id = ? AND patient_id = ? AND status = 'OPEN'
				""")
			.params(status, staff(), TermsStore.utc(this.clock.instant()), reason, requestId, patientId)
			.update();
	}

	private static String staff() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : AuditTrail.SYSTEM;
	}

	private static RepresentativeRequest row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		String sections = rs.getString("sections");
		return new RepresentativeRequest(rs.getLong("id"), rs.getLong("patient_id"), rs.getString("first_name"),
				rs.getString("last_name"), rs.getString("email"), Relationship.valueOf(rs.getString("relationship")),
				sections.isEmpty() ? new LinkedHashSet<>() : new LinkedHashSet<>(Arrays.asList(sections.split(","))),
				rs.getObject("requested_at", OffsetDateTime.class).toInstant(), rs.getString("status"),
				rs.getString("decline_reason"));
	}

}
