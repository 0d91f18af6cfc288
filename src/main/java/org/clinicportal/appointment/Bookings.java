package org.clinicportal.appointment;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books, moves, cancels and marks appointments. Each booking holds its slots in the same
 * transaction ({@link BookedSlots}), so that the database, not a check before the write, refuses a
 * second booking of the same time.
 */
@Service
@Transactional
class Bookings {

	private static final String INSERT = """
			INSERT INTO appointment (patient_id, clinician_id, type_id, starts_at, ends_at, telehealth, video_room, status,
			    booked_by, booked_at, request_id, version)
			VALUES (:patientId, :clinicianId, :typeId, :start, :end, :telehealth, :room, 'BOOKED', :by, :now, :requestId, 0)
			""";

	private static final String MOVE = """
			UPDATE appointment SET clinician_id = :clinicianId, starts_at = :start, ends_at = :end,
			    measures_checked_at = NULL, version = version + 1
			WHERE id = :id AND version = :version AND status = 'BOOKED'
			""";

	private static final String MARK = """
			UPDATE appointment SET status = :status, status_by = :by, status_at = :now, cancel_reason = :reason,
			    version = version + 1
			WHERE id = :id AND status = :from
			""";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final BookedSlots slots;

	private final AppointmentRequests requests;

	private final AuditTrail audit;

	private final ClinicTimes times;

	private final Clock clock;

	private final AppointmentEmails emails;

	Bookings(JdbcClient jdbc, BookedSlots slots, AppointmentRequests requests, AuditTrail audit, ClinicTimes times,
			Clock clock, AppointmentEmails emails) {
		this.jdbc = jdbc;
		this.emails = emails;
		this.slots = slots;
		this.requests = requests;
		this.audit = audit;
		this.times = times;
		this.clock = clock;
	}

	/**
	 * Books a visit by the signed-in staff user, answering the patient's request if one is given.
	 * @return the new appointment's id
	 * @throws SlotTakenException when the clinician is booked at that time (nothing is saved)
	 */
	long book(long patientId, long clinicianId, AppointmentType type, Instant start, Long requestId) {
		var time = new TimeRange(start, start.plus(Duration.ofMinutes(type.minutes())));
		var keys = new GeneratedKeyHolder();
		this.jdbc.sql(INSERT)
			.param("patientId", patientId)
			.param("clinicianId", clinicianId)
			.param("typeId", type.id())
			.param("start", AppointmentQueries.utc(time.start()))
			.param("end", AppointmentQueries.utc(time.end()))
			.param("telehealth", type.telehealth())
			.param("room", type.telehealth() ? room() : null)
			.param("by", WorkingTimes.staffName())
			.param("now", AppointmentQueries.utc(this.clock.instant()))
			.param("requestId", requestId)
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		this.slots.hold(id, clinicianId, time);
		if (requestId != null && !this.requests.booked(requestId, patientId, id)) {
			throw new StaleChangeException();
		}
		this.audit.record(AuditAction.APPOINTMENT_BOOKED, patientId, describe(id, type.name(), clinicianId, start)
				+ ((requestId != null) ? ", answering request " + requestId : ""));
		this.emails.news(patientId);
		return id;
	}

	/**
	 * Moves a booked visit to another time (and perhaps clinician); its reminders start afresh.
	 * @throws SlotTakenException when the new time is taken (nothing is changed)
	 * @throws StaleChangeException when it was changed or is no longer booked
	 */
	void reschedule(Appointment appointment, long clinicianId, Instant start) {
		var time = new TimeRange(start, start.plus(Duration.ofMinutes(appointment.minutes())));
		int moved = this.jdbc.sql(MOVE)
			.param("clinicianId", clinicianId)
			.param("start", AppointmentQueries.utc(time.start()))
			.param("end", AppointmentQueries.utc(time.end()))
			.param("id", appointment.id())
			.param("version", appointment.version())
			.update();
		if (moved != 1) {
			throw new StaleChangeException();
		}
		this.slots.release(appointment.id());
		this.slots.hold(appointment.id(), clinicianId, time);
		this.jdbc.sql("DELETE FROM appointment_reminder WHERE appointment_id = ?").param(appointment.id()).update();
		this.audit.record(AuditAction.APPOINTMENT_RESCHEDULED, appointment.patientId(),
				describe(appointment.id(), appointment.typeName(), clinicianId, start) + ", was "
						+ this.times.dateTime(appointment.start()));
		this.emails.news(appointment.patientId());
	}

	/**
	 * Cancels a booked visit and frees its time.
	 * @param actor who cancelled it: a staff user, or a portal account ({@code portal:<username>})
	 * @param onBehalf whether a representative did it on the patient's behalf
	 * @param byClinic whether the clinic cancelled it, and the patient's accounts are to be told
	 * @return false when it was no longer booked
	 */
	boolean cancel(Appointment appointment, String reason, String actor, boolean onBehalf, boolean byClinic) {
		if (!mark(appointment, AppointmentStatus.BOOKED, AppointmentStatus.CANCELLED, actor, reason)) {
			return false;
		}
		this.slots.release(appointment.id());
		this.audit.record(actor, AuditAction.APPOINTMENT_CANCELLED, appointment.patientId(),
				describe(appointment.id(), appointment.typeName(), appointment.clinicianId(), appointment.start())
						+ (onBehalf ? ", on behalf of the patient" : "") + ", reason: " + reason,
				AuditTrail.currentRemoteAddress());
		if (byClinic) {
			this.emails.news(appointment.patientId());
		}
		return true;
	}

	/** Marks a visit Arrived, Completed or No-show by the signed-in staff user; false when its status does not allow it. */
	boolean mark(Appointment appointment, AppointmentStatus next) {
		if (!AppointmentStatus.MARKS.contains(next) || !appointment.status().mayBecome(next)
				|| !mark(appointment, appointment.status(), next, WorkingTimes.staffName(), null)) {
			return false;
		}
		this.audit.record(AuditAction.APPOINTMENT_STATUS_CHANGED, appointment.patientId(),
				"appointment " + appointment.id() + ": " + appointment.status() + " -> " + next);
		return true;
	}

	private boolean mark(Appointment appointment, AppointmentStatus from, AppointmentStatus next, String by,
			String reason) {
		return this.jdbc.sql(MARK)
			.param("status", next.name())
			.param("by", by)
			.param("now", AppointmentQueries.utc(this.clock.instant()))
			.param("reason", reason)
			.param("id", appointment.id())
			.param("from", from.name())
			.update() == 1;
	}

	private String describe(long id, String typeName, long clinicianId, Instant start) {
		return "appointment " + id + ": " + typeName + " with clinician " + clinicianId + " on "
				+ this.times.dateTime(start) + " " + this.times.zone().getId();
	}

	private static String room() {
		byte[] bytes = new byte[12];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
