package org.clinicportal.form;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.clinicportal.form.RequestedForm.ResponseSummary;
import org.clinicportal.system.ClinicProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads requests with their responses, for the portal, the patient's Forms page and the inbox. */
@Component
class FormQueries {

	private static final String SELECT = """
			SELECT r.id, r.patient_id, r.form_key, r.form_title, r.due_on, r.note, r.requested_by, r.requested_at,
			       r.cancelled_at, s.id AS response_id, s.status, s.saved_at, s.submitted_at, s.submitted_by_name,
			       s.submitted_as, s.total_score, s.band, s.flags, s.reviewed_by, s.reviewed_at, s.language
			FROM form_request r
			LEFT JOIN form_response s ON s.request_id = r.id
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ClinicProperties clinic;

	FormQueries(JdbcClient jdbc, Clock clock, ClinicProperties clinic) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.clinic = clinic;
	}

	List<RequestedForm> forPatient(long patientId) {
		return this.jdbc.sql(SELECT + " WHERE r.patient_id = :patientId ORDER BY r.requested_at DESC, r.id DESC")
			.param("patientId", patientId)
			.query(this::row)
			.list();
	}

	Optional<RequestedForm> request(long requestId) {
		return this.jdbc.sql(SELECT + " WHERE r.id = :id").param("id", requestId).query(this::row).optional();
	}

	Optional<RequestedForm> byResponse(long responseId) {
		return this.jdbc.sql(SELECT + " WHERE s.id = :id").param("id", responseId).query(this::row).optional();
	}

	/** Submitted and not yet reviewed: flagged first, then the oldest first. */
	List<RequestedForm> unreviewed(int limit) {
		return this.jdbc
			.sql(SELECT + " WHERE s.status = 'SUBMITTED' AND s.reviewed_at IS NULL"
					+ " ORDER BY s.flagged DESC, s.submitted_at, s.id FETCH FIRST " + limit + " ROWS ONLY")
			.query(this::row)
			.list();
	}

	/** Open requests whose due date has passed and that had no reminder today. */
	List<RequestedForm> overdueNotRemindedToday() {
		return this.jdbc.sql(SELECT + " WHERE r.cancelled_at IS NULL AND r.due_on < :today"
				+ " AND (s.status IS NULL OR s.status = 'DRAFT') AND (r.reminded_on IS NULL OR r.reminded_on < :today)"
				+ " ORDER BY r.id").param("today", today()).query(this::row).list();
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.clinic.zone()));
	}

	private RequestedForm row(ResultSet rs, int n) throws SQLException {
		LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
		Long responseId = rs.getObject("response_id", Long.class);
		String responseStatus = rs.getString("status");
		FormStatus status;
		if (rs.getObject("cancelled_at", OffsetDateTime.class) != null) {
			status = FormStatus.CANCELLED;
		}
		else if (responseId == null) {
			status = FormStatus.REQUESTED;
		}
		else {
			status = FormResponses.SUBMITTED.equals(responseStatus) ? FormStatus.COMPLETED : FormStatus.IN_PROGRESS;
		}
		ResponseSummary response = (responseId == null) ? null
				: new ResponseSummary(responseId, instant(rs, "saved_at"), instant(rs, "submitted_at"),
						rs.getString("submitted_by_name"), "AUTHORIZED_REP".equals(rs.getString("submitted_as")),
						rs.getObject("total_score", Integer.class), rs.getString("band"), rs.getString("flags"),
						rs.getString("reviewed_by"), instant(rs, "reviewed_at"), rs.getString("language"));
		return new RequestedForm(rs.getLong("id"), rs.getLong("patient_id"), rs.getString("form_key"),
				rs.getString("form_title"), dueOn, rs.getString("note"), rs.getString("requested_by"),
				instant(rs, "requested_at"), status, status.open() && dueOn != null && dueOn.isBefore(today()),
				response);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

}
