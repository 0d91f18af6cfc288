package org.clinicportal.appointment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A clinician's free times, read from their working hours, days off and appointments ({@link FreeTimes}). */
@Service
@Transactional(readOnly = true)
class Availability {

	private final WorkingTimes workingTimes;

	private final AppointmentQueries queries;

	private final ClinicTimes times;

	private final FreeTimes freeTimes;

	private final int searchDays;

	Availability(WorkingTimes workingTimes, AppointmentQueries queries, ClinicTimes times,
			AppointmentProperties properties) {
		this.workingTimes = workingTimes;
		this.queries = queries;
		this.times = times;
		this.freeTimes = new FreeTimes(times.zone(), properties.startEvery());
		this.searchDays = properties.searchDays();
	}

	/**
	 * The free start times on a date for a visit of this length, from now on.
	 * @param leaveOut an appointment being rescheduled, whose own time counts as free; or {@code null}
	 */
	List<Instant> on(long clinicianId, LocalDate date, Duration length, Long leaveOut) {
		List<DayOff> daysOff = this.workingTimes.daysOff(clinicianId, date, date);
		List<TimeRange> busy = this.queries.busy(clinicianId, this.times.day(date), leaveOut);
		return this.freeTimes.on(date, this.workingTimes.hours(clinicianId), !daysOff.isEmpty(), busy, length,
				this.times.now());
	}

	/** Up to {@code count} free start times from a time on, looking up to {@code clinic.appointments.search-days} ahead. */
	List<Instant> next(long clinicianId, Instant from, Duration length, Long leaveOut, int count) {
		List<WorkingHours> hours = this.workingTimes.hours(clinicianId);
		List<Instant> found = new ArrayList<>();
		if (hours.isEmpty()) {
			return found;
		}
		Instant notBefore = from.isAfter(this.times.now()) ? from : this.times.now();
		LocalDate first = this.times.date(notBefore);
		LocalDate last = first.plusDays(this.searchDays);
		List<DayOff> daysOff = this.workingTimes.daysOff(clinicianId, first, last);
		List<TimeRange> busy = this.queries.busy(clinicianId,
				new TimeRange(this.times.day(first).start(), this.times.day(last).end()), leaveOut);
		for (LocalDate date = first; !date.isAfter(last) && found.size() < count; date = date.plusDays(1)) {
			LocalDate day = date;
			boolean off = daysOff.stream().anyMatch((d) -> d.covers(day));
			this.freeTimes.on(date, hours, off, busy, length, notBefore)
				.stream()
				.limit(count - found.size())
				.forEach(found::add);
		}
		return found;
	}

	/** Whether a visit at this time lies within the clinician's working hours on a day that is not off. */
	boolean withinHours(long clinicianId, TimeRange visit) {
		LocalDate date = this.times.date(visit.start());
		return this.freeTimes.withinHours(visit, this.workingTimes.hours(clinicianId),
				!this.workingTimes.daysOff(clinicianId, date, date).isEmpty());
	}

}
