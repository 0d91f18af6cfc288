package org.clinicportal.appointment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;

/**
 * The rule for which start times are free: within a clinician's working hours on a day that is not
 * a day off, on the 5-minute grid, not before now, overlapping no appointment that holds its time.
 * Offered are the starts every {@code clinic.appointments.start-every} from the start of each working
 * period, and the end of each appointment, so that visits can follow each other without a gap.
 */
final class FreeTimes {

	private final ZoneId zone;

	private final Duration every;

	FreeTimes(ZoneId zone, Duration every) {
		this.zone = zone;
		this.every = every;
	}

	/**
	 * The free start times on a date, earliest first.
	 * @param hours the clinician's working hours (any day of the week)
	 * @param dayOff whether the date is a day off for the clinician or the clinic
	 * @param busy the times of the clinician's appointments that hold their time
	 * @param length the visit's length
	 * @param notBefore the earliest start wanted (now, or later)
	 */
	List<Instant> on(LocalDate date, List<WorkingHours> hours, boolean dayOff, List<TimeRange> busy, Duration length,
			Instant notBefore) {
		if (dayOff) {
			return List.of();
		}
		var starts = new TreeSet<Instant>();
		for (WorkingHours period : hours) {
			if (period.day() != date.getDayOfWeek()) {
				continue;
			}
			TimeRange working = period.on(date, this.zone);
			for (Instant start = working.start(); fits(working, start, length); start = start.plus(this.every)) {
				starts.add(start);
			}
			busy.stream().map(TimeRange::end).filter((end) -> fits(working, end, length)).forEach(starts::add);
		}
		return starts.stream()
			.filter(SlotGrid::onGrid)
			.filter((start) -> !start.isBefore(notBefore))
			.filter((start) -> free(new TimeRange(start, start.plus(length)), busy))
			.toList();
	}

	/** Whether a visit at this time lies within the working hours of its date and day, whatever else is booked. */
	boolean withinHours(TimeRange visit, List<WorkingHours> hours, boolean dayOff) {
		LocalDate date = visit.start().atZone(this.zone).toLocalDate();
		return !dayOff && hours.stream()
			.filter((period) -> period.day() == date.getDayOfWeek())
			.anyMatch((period) -> period.on(date, this.zone).contains(visit));
	}

	private static boolean fits(TimeRange working, Instant start, Duration length) {
		return !start.isBefore(working.start()) && !start.plus(length).isAfter(working.end());
	}

	private static boolean free(TimeRange visit, List<TimeRange> busy) {
		return busy.stream().noneMatch(visit::overlaps);
	}

}
