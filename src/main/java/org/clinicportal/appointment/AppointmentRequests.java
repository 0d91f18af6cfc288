package org.clinicportal.appointment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Patients' requests for appointments: made in the portal, booked or declined by staff, withdrawn by the patient. */
@Service
@Transactional
class AppointmentRequests {

	private static final String SELECT = """
			SELECT r.id, r.patient_id, r.type_id, t.name AS type_name, r.clinician_id, r.days, r.times_of_day, r.note,
			       r.requested_by_name, r.on_behalf, r.requested_at, r.status, r.decline_reason, r.appointment_id
			FROM appointment_request r JOIN appointment_type t ON t.id = r.type_id
			""";

	private static final String INSERT = """
			INSERT INTO appointment_request (patient_id, type_id, clinician_id, days, times_of_day, note, requested_by,
			    requested_by_name, on_behalf, requested_at, status)
			VALUES (:patientId, :typeId, :clinicianId, :days, :times, :note, :by, :byName, :onBehalf, :now, 'PENDING')
			""";

	private static final String ANSWER = """
			UPDATE appointment_request SET status = :status, answered_by = :by, answered_at = :now,
			    decline_reason = :reason, appointment_id = :appointmentId
			WHERE id = :id AND patient_id = :patientId AND status = 'PENDING'
			""";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final AppointmentEmails emails;

	AppointmentRequests(JdbcClient jdbc, AuditTrail audit, Clock clock, AppointmentEmails emails) {
		this.jdbc = jdbc;
		this.emails = emails;
		this.audit = audit;
		this.clock = clock;
	}

	/** Records a request made in the portal by the account holder {@code actor}. */
	long request(long patientId, AppointmentType type, Long clinicianId, Set<DayOfWeek> days, Set<TimeOfDay> times,
			String note, String actor, String actorName, boolean onBehalf) {
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc.sql(INSERT)
			.param("patientId", patientId)
			.param("typeId", type.id())
			.param("clinicianId", clinicianId)
			.param("days", joined(days))
			.param("times", joined(times))
			.param("note", note)
			.param("by", actor)
			.param("byName", actorName)
			.param("onBehalf", onBehalf)
			.param("now", AppointmentQueries.utc(this.clock.instant()))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		this.audit.record(actor, AuditAction.APPOINTMENT_REQUESTED, patientId, "request " + id + ": " + type.name()
				+ (onBehalf ? ", on behalf of the patient" : ""), AuditTrail.currentRemoteAddress());
		return id;
	}

	/** Requests waiting for staff, oldest first. */
	@Transactional(readOnly = true)
	List<AppointmentRequest> pending() {
		return this.jdbc.sql(SELECT + " WHERE r.status = 'PENDING' ORDER BY r.requested_at, r.id FETCH FIRST 200 ROWS ONLY")
			.query(AppointmentRequests::row)
			.list();
	}

	/** A patient's requests, newest first. */
	@Transactional(readOnly = true)
	List<AppointmentRequest> forPatient(long patientId, int limit) {
		return this.jdbc.sql(SELECT + " WHERE r.patient_id = :patientId ORDER BY r.requested_at DESC, r.id DESC"
				+ " FETCH FIRST " + limit + " ROWS ONLY")
			.param("patientId", patientId)
			.query(AppointmentRequests::row)
			.list();
	}

	@Transactional(readOnly = true)
	Optional<AppointmentRequest> find(long id) {
		return this.jdbc.sql(SELECT + " WHERE r.id = :id").param("id", id).query(AppointmentRequests::row).optional();
	}

	/** Answers a pending request with the appointment booked for it, in the booking's transaction. */
	boolean booked(long id, long patientId, long appointmentId) {
		return answer(id, patientId, "BOOKED", WorkingTimes.staffName(), null, appointmentId);
	}

	/** Declines a pending request with a reason the patient sees; false when it was answered already. */
	boolean decline(AppointmentRequest request, String reason) {
		boolean declined = answer(request.id(), request.patientId(), "DECLINED", WorkingTimes.staffName(), reason, null);
		if (declined) {
			this.audit.record(AuditAction.APPOINTMENT_REQUEST_DECLINED, request.patientId(), "request " + request.id());
			this.emails.news(request.patientId());
		}
		return declined;
	}

	/** The patient (or someone acting for them) withdraws a pending request. */
	boolean withdraw(AppointmentRequest request, String actor, boolean onBehalf) {
		boolean withdrawn = answer(request.id(), request.patientId(), "WITHDRAWN", actor, null, null);
		if (withdrawn) {
			this.audit.record(actor, AuditAction.APPOINTMENT_REQUEST_WITHDRAWN, request.patientId(), "request "
					+ request.id() + (onBehalf ? ", on behalf of the patient" : ""), AuditTrail.currentRemoteAddress());
		}
		return withdrawn;
	}

	private boolean answer(long id, long patientId, String status, String by, String reason, Long appointmentId) {
		return this.jdbc.sql(ANSWER)
			.param("status", status)
			.param("by", by)
			.param("now", AppointmentQueries.utc(this.clock.instant()))
			.param("reason", reason)
			.param("appointmentId", appointmentId)
			.param("id", id)
			.param("patientId", patientId)
			.update() == 1;
	}

	private static AppointmentRequest row(ResultSet rs, int n) throws SQLException {
		return new AppointmentRequest(rs.getLong("id"), rs.getLong("patient_id"), rs.getLong("type_id"),
				rs.getString("type_name"), rs.getObject("clinician_id", Long.class),
				parse(rs.getString("days"), DayOfWeek.class), parse(rs.getString("times_of_day"), TimeOfDay.class),
				rs.getString("note"), rs.getString("requested_by_name"), rs.getBoolean("on_behalf"),
				AppointmentQueries.instant(rs, "requested_at"), rs.getString("status"), rs.getString("decline_reason"),
				rs.getObject("appointment_id", Long.class));
	}

	private static String joined(Set<? extends Enum<?>> values) {
		return values.isEmpty() ? null : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	private static <E extends Enum<E>> Set<E> parse(String joined, Class<E> type) {
		Set<E> values = EnumSet.noneOf(type);
		if (joined != null) {
			Arrays.stream(joined.split(",")).map((name) -> Enum.valueOf(type, name)).forEach(values::add);
		}
		return values;
	}

}
