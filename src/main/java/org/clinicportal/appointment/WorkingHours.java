package org.clinicportal.appointment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A period a clinician works on one day of the week, in the clinic's time zone.
 *
 * @param day the day of the week
 * @param from when it starts
 * @param to when it ends
 */
record WorkingHours(DayOfWeek day, LocalTime from, LocalTime to) {

	WorkingHours {
		if (!from.isBefore(to)) {
			throw new IllegalArgumentException("Working hours end after they start");
		}
	}

	/**
	 * The period on a date as instants. On the days the clocks change, the clinic's local times say
	 * when it starts and ends: a period across the change is an hour shorter or longer, and a time
	 * the clocks skip is read as the time after the skip.
	 */
	TimeRange on(LocalDate date, ZoneId zone) {
		return new TimeRange(ZonedDateTime.of(date, this.from, zone).toInstant(),
				ZonedDateTime.of(date, this.to, zone).toInstant());
	}

}
