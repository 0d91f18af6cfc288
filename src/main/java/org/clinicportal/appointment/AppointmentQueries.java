package org.clinicportal.appointment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads appointments: for the schedule's day and week views, a patient's list, free-time checks. */
@Component
class AppointmentQueries {

	/** The longest visit a type may have; a range query looks back this far for visits still running. */
	static final Duration LONGEST = Duration.ofMinutes(480);

	private static final String SELECT = """
			SELECT a.id, a.patient_id, a.clinician_id, a.type_id, t.name AS type_name, t.colour, a.starts_at, a.ends_at,
			       a.telehealth, a.video_room, a.status, a.booked_by, a.booked_at, a.status_by, a.status_at,
			       a.cancel_reason, a.request_id, a.version
			FROM appointment a JOIN appointment_type t ON t.id = a.type_id
			""";

	private final JdbcClient jdbc;

	AppointmentQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Appointment> find(long id) {
		return this.jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id).query(AppointmentQueries::row).optional();
	}

	/** A clinician's appointments starting in the range, cancelled ones included, by start. */
	List<Appointment> starting(long clinicianId, TimeRange range) {
		return this.jdbc
			.sql(SELECT + " WHERE a.clinician_id = :clinicianId AND a.starts_at >= :from AND a.starts_at < :to"
					+ " ORDER BY a.starts_at, a.id")
			.param("clinicianId", clinicianId)
			.param("from", utc(range.start()))
			.param("to", utc(range.end()))
			.query(AppointmentQueries::row)
			.list();
	}

	/** The times a clinician is taken within the range, leaving out one appointment (being rescheduled) if given. */
	List<TimeRange> busy(long clinicianId, TimeRange range, Long leaveOut) {
		return this.jdbc.sql("SELECT starts_at, ends_at FROM appointment WHERE clinician_id = :clinicianId"
				+ " AND starts_at >= :earliest AND starts_at < :to AND ends_at > :from AND status <> 'CANCELLED'"
				+ " AND id <> :leaveOut ORDER BY starts_at")
			.param("clinicianId", clinicianId)
			.param("earliest", utc(range.start().minus(LONGEST)))
			.param("from", utc(range.start()))
			.param("to", utc(range.end()))
			.param("leaveOut", (leaveOut != null) ? leaveOut : -1L)
			.query((rs, n) -> new TimeRange(instant(rs, "starts_at"), instant(rs, "ends_at")))
			.list();
	}

	/** A patient's appointments from a time on, soonest first. */
	List<Appointment> patientFrom(long patientId, Instant from, int limit) {
		return patient(patientId, "a.starts_at >= :at ORDER BY a.starts_at, a.id", from, limit);
	}

	/** A patient's appointments before a time, latest first. */
	List<Appointment> patientBefore(long patientId, Instant before, int limit) {
		return patient(patientId, "a.starts_at < :at ORDER BY a.starts_at DESC, a.id DESC", before, limit);
	}

	private List<Appointment> patient(long patientId, String condition, Instant at, int limit) {
		return this.jdbc.sql(SELECT + " WHERE a.patient_id = :patientId AND " + condition + " FETCH FIRST " + limit
				+ " ROWS ONLY")
			.param("patientId", patientId)
			.param("at", utc(at))
			.query(AppointmentQueries::row)
			.list();
	}

	private static Appointment row(ResultSet rs, int n) throws SQLException {
		return new Appointment(rs.getLong("id"), rs.getLong("patient_id"), rs.getLong("clinician_id"),
				rs.getLong("type_id"), rs.getString("type_name"), rs.getString("colour"),
				new TimeRange(instant(rs, "starts_at"), instant(rs, "ends_at")), rs.getBoolean("telehealth"),
				rs.getString("video_room"), AppointmentStatus.valueOf(rs.getString("status")), rs.getString("booked_by"),
				instant(rs, "booked_at"), rs.getString("status_by"), instant(rs, "status_at"),
				rs.getString("cancel_reason"), rs.getObject("request_id", Long.class), rs.getInt("version"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

	static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
