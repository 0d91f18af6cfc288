package org.clinicportal.appointment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.clinicportal.staff.StaffMember;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lays the schedule out: the clinic's day, one column per clinician; a clinician's week, one column per day. */
@Component
@Transactional(readOnly = true)
class Schedules {

	private final AppointmentQueries queries;

	private final WorkingTimes workingTimes;

	private final Visits visits;

	private final ClinicTimes times;

	Schedules(AppointmentQueries queries, WorkingTimes workingTimes, Visits visits, ClinicTimes times) {
		this.queries = queries;
		this.workingTimes = workingTimes;
		this.visits = visits;
		this.times = times;
	}

	/** A day of these clinicians, one column each. */
	List<ScheduleColumn> day(LocalDate date, List<StaffMember> clinicians) {
		List<Long> ids = clinicians.stream().map(StaffMember::id).toList();
		// One range of the (clinician, start) index per clinician: H2 reads an IN list of clinicians
		// without the range on the start, which is every appointment they ever had.
		TimeRange day = this.times.day(date);
		List<Appointment> appointments = ids.stream().flatMap((id) -> this.queries.starting(id, day).stream()).toList();
		Map<Long, List<Visit>> byClinician = this.visits.of(appointments, true)
			.stream()
			.collect(Collectors.groupingBy((v) -> v.appointment().clinicianId()));
		Map<Long, List<WorkingHours>> hours = this.workingTimes.hoursOf(ids);
		List<DayOff> daysOff = this.workingTimes.daysOff(date, date);
		List<ScheduleColumn> columns = new ArrayList<>();
		for (StaffMember clinician : clinicians) {
			columns.add(new ScheduleColumn(clinician.fullName(), clinician.id(), date.toString(),
					hours(hours.getOrDefault(clinician.id(), List.of()), date), dayOff(daysOff, clinician.id(), date),
					byClinician.getOrDefault(clinician.id(), List.of())));
		}
		return columns;
	}

	/** A clinician's week from Monday, one column a day. */
	List<ScheduleColumn> week(StaffMember clinician, LocalDate monday) {
		LocalDate sunday = monday.plusDays(6);
		var range = new TimeRange(this.times.day(monday).start(), this.times.day(sunday).end());
		Map<LocalDate, List<Visit>> byDate = this.visits.of(this.queries.starting(clinician.id(), range), true)
			.stream()
			.collect(Collectors.groupingBy((v) -> this.times.date(v.appointment().start())));
		List<WorkingHours> hours = this.workingTimes.hours(clinician.id());
		List<DayOff> daysOff = this.workingTimes.daysOff(clinician.id(), monday, sunday);
		List<ScheduleColumn> columns = new ArrayList<>();
		for (LocalDate date = monday; !date.isAfter(sunday); date = date.plusDays(1)) {
			columns.add(new ScheduleColumn(this.times.longDate(date), clinician.id(), date.toString(), hours(hours, date),
					dayOff(daysOff, clinician.id(), date), byDate.getOrDefault(date, List.of())));
		}
		return columns;
	}

	private static String hours(List<WorkingHours> hours, LocalDate date) {
		String text = hours.stream()
			.filter((h) -> h.day() == date.getDayOfWeek())
			.map((h) -> h.from() + "–" + h.to())
			.collect(Collectors.joining(", "));
		return text.isEmpty() ? null : text;
	}

	private static String dayOff(List<DayOff> daysOff, long clinicianId, LocalDate date) {
		return daysOff.stream()
			.filter((d) -> d.covers(date) && (d.clinicianId() == null || d.clinicianId() == clinicianId))
			.map((d) -> (d.note() != null) ? d.note() : "")
			.findFirst()
			.orElse(null);
	}

}
