package org.clinicportal.appointment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each clinician's working hours by day of the week, and the days off of clinicians and of the clinic. */
@Service
@Transactional
class WorkingTimes {

	private static final String DAYS_OFF = """
			SELECT id, clinician_id, first_day, last_day, note FROM day_off
			WHERE (clinician_id = :clinicianId OR clinician_id IS NULL) AND last_day >= :from AND first_day <= :to
			ORDER BY first_day, id
			""";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	WorkingTimes(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<WorkingHours> hours(long clinicianId) {
		return hoursOf(List.of(clinicianId)).getOrDefault(clinicianId, List.of());
	}

	/** The working hours of each of these clinicians; one query. */
	@Transactional(readOnly = true)
	Map<Long, List<WorkingHours>> hoursOf(Collection<Long> clinicianIds) {
		Map<Long, List<WorkingHours>> hours = new HashMap<>();
		if (clinicianIds.isEmpty()) {
			return hours;
		}
		this.jdbc.sql("SELECT clinician_id, weekday, from_time, to_time FROM working_hours WHERE clinician_id IN (:ids)"
				+ " ORDER BY clinician_id, weekday, from_time")
			.param("ids", clinicianIds)
			.query((rs) -> {
				hours.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
					.add(new WorkingHours(DayOfWeek.of(rs.getInt(2)), rs.getTime(3).toLocalTime(),
							rs.getTime(4).toLocalTime()));
			});
		return hours;
	}

	/** Replaces a clinician's working hours. */
	void replaceHours(long clinicianId, String clinicianName, List<WorkingHours> hours) {
		this.jdbc.sql("DELETE FROM working_hours WHERE clinician_id = ?").param(clinicianId).update();
		for (WorkingHours period : hours) {
			this.jdbc.sql("INSERT INTO working_hours (clinician_id, weekday, from_time, to_time) VALUES (?, ?, ?, ?)")
				.params(clinicianId, period.day().getValue(), Time.valueOf(period.from()), Time.valueOf(period.to()))
				.update();
		}
		this.audit.record(AuditAction.WORKING_HOURS_CHANGED, null, clinicianName + ": " + String.join(", ",
				hours.stream().map((h) -> h.day().toString().substring(0, 3) + " " + h.from() + "-" + h.to()).toList()));
	}

	/** The clinician's days off and the clinic's that touch these dates. */
	@Transactional(readOnly = true)
	List<DayOff> daysOff(long clinicianId, LocalDate from, LocalDate to) {
		return this.jdbc.sql(DAYS_OFF)
			.param("clinicianId", clinicianId)
			.param("from", from)
			.param("to", to)
			.query(WorkingTimes::dayOff)
			.list();
	}

	/** Every day off that touches these dates, the clinic's and every clinician's. */
	@Transactional(readOnly = true)
	List<DayOff> daysOff(LocalDate from, LocalDate to) {
		return this.jdbc.sql("SELECT id, clinician_id, first_day, last_day, note FROM day_off WHERE last_day >= ?"
				+ " AND first_day <= ? ORDER BY first_day, id")
			.params(from, to)
			.query(WorkingTimes::dayOff)
			.list();
	}

	void addDayOff(Long clinicianId, String who, LocalDate first, LocalDate last, String note) {
		this.jdbc.sql("INSERT INTO day_off (clinician_id, first_day, last_day, note, created_by, created_at)"
				+ " VALUES (?, ?, ?, ?, ?, ?)")
			.params(clinicianId, first, last, note, staffName(), OffsetDateTime.now(this.clock.withZone(ZoneOffset.UTC)))
			.update();
		this.audit.record(AuditAction.DAY_OFF_CHANGED, null, "added for " + who + ": " + first + " to " + last);
	}

	/** Removes a day off of this clinician or of the whole clinic. */
	boolean removeDayOff(long id, long clinicianId) {
		boolean removed = this.jdbc.sql("DELETE FROM day_off WHERE id = ? AND (clinician_id = ? OR clinician_id IS NULL)")
			.params(id, clinicianId)
			.update() == 1;
		if (removed) {
			this.audit.record(AuditAction.DAY_OFF_CHANGED, null, "removed day off " + id);
		}
		return removed;
	}

	private static DayOff dayOff(ResultSet rs, int n) throws SQLException {
		return new DayOff(rs.getLong(1), rs.getObject(2, Long.class), rs.getObject(3, LocalDate.class),
				rs.getObject(4, LocalDate.class), rs.getString(5));
	}

	static String staffName() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : AuditTrail.SYSTEM;
	}

}
