package org.clinicportal.appointment;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FreeTimesTests {

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("HH:mm z").withZone(NEW_YORK);

	private static final Duration FIFTY = Duration.ofMinutes(50);

	// Long before any day of these tests, as a fixed clock reads it.
	private static final Instant NOW = Instant.now(Clock.fixed(Instant.parse("2026-01-05T12:00:00Z"), NEW_YORK));

	private final FreeTimes freeTimes = new FreeTimes(NEW_YORK, Duration.ofMinutes(60));

	@Test
	void startsAreOfferedEveryStepWithinWorkingHoursSoThatTheVisitEndsInThem() {
		var hours = List.of(hours(DayOfWeek.MONDAY, "09:00", "12:00"), hours(DayOfWeek.MONDAY, "13:00", "15:00"));

		assertThat(local(this.freeTimes.on(date("2026-03-02"), hours, false, List.of(), FIFTY, NOW)))
			.containsExactly("09:00 EST", "10:00 EST", "11:00 EST", "13:00 EST", "14:00 EST");
		assertThat(local(this.freeTimes.on(date("2026-03-02"), hours, false, List.of(), Duration.ofMinutes(90), NOW)))
			.containsExactly("09:00 EST", "10:00 EST", "13:00 EST");
	}

	@Test
	void appointmentsTakeTheirTimeAndTheirEndsAreOfferedToFollowThem() {
		var hours = List.of(hours(DayOfWeek.MONDAY, "09:00", "13:00"));
		var busy = List.of(range("2026-03-02T09:00", 50), range("2026-03-02T10:30", 30));

		assertThat(local(this.freeTimes.on(date("2026-03-02"), hours, false, busy, Duration.ofMinutes(30), NOW)))
			.containsExactly("09:50 EST", "10:00 EST", "11:00 EST", "12:00 EST");
	}

	@Test
	void nothingIsFreeOnADayOffOrADayWithoutHoursOrBeforeNow() {
		var hours = List.of(hours(DayOfWeek.MONDAY, "09:00", "17:00"));

		assertThat(this.freeTimes.on(date("2026-03-02"), hours, true, List.of(), FIFTY, NOW)).isEmpty();
		assertThat(this.freeTimes.on(date("2026-03-03"), hours, false, List.of(), FIFTY, NOW)).isEmpty();
		Instant noon = ZonedDateTime.of(date("2026-03-02"), LocalTime.NOON, NEW_YORK).toInstant();
		assertThat(local(this.freeTimes.on(date("2026-03-02"), hours, false, List.of(), FIFTY, noon)))
			.startsWith("12:00 EST").doesNotContain("11:00 EST");
	}

	@Test
	void springForwardKeepsTheClinicsLocalHoursAndSkipsTheMissingHour() {
		// 2026-03-08: at 02:00 the clocks go to 03:00. A night period from midnight to 06:00 lasts 5 hours.
		var hours = List.of(hours(DayOfWeek.SUNDAY, "00:00", "06:00"), hours(DayOfWeek.SATURDAY, "09:00", "10:00"),
				hours(DayOfWeek.SUNDAY, "09:00", "10:00"));

		List<Instant> night = this.freeTimes.on(date("2026-03-08"), hours, false, List.of(), FIFTY, NOW);
		assertThat(local(night)).containsExactly("00:00 EST", "01:00 EST", "03:00 EDT", "04:00 EDT", "05:00 EDT",
				"09:00 EDT");
		assertThat(Duration.between(night.get(1), night.get(2))).isEqualTo(Duration.ofHours(1));
		// Nine o'clock in the clinic is an hour earlier in UTC after the change than the day before.
		assertThat(this.freeTimes.on(date("2026-03-07"), hours, false, List.of(), FIFTY, NOW))
			.containsExactly(Instant.parse("2026-03-07T14:00:00Z"));
		assertThat(night.get(night.size() - 1)).isEqualTo(Instant.parse("2026-03-08T13:00:00Z"));
	}

	@Test
	void fallBackOffersTheRepeatedHourTwiceEachAtItsOwnInstant() {
		// 2026-11-01: at 02:00 the clocks go back to 01:00. A night period from midnight to 04:00 lasts 5 hours.
		var hours = List.of(hours(DayOfWeek.SUNDAY, "00:00", "04:00"));

		List<Instant> night = this.freeTimes.on(date("2026-11-01"), hours, false, List.of(), FIFTY, NOW);

		assertThat(local(night)).containsExactly("00:00 EDT", "01:00 EDT", "01:00 EST", "02:00 EST", "03:00 EST");
		assertThat(night).doesNotHaveDuplicates();
		assertThat(Duration.between(night.get(0), night.get(night.size() - 1))).isEqualTo(Duration.ofHours(4));
	}

	@Test
	void anAppointmentAcrossTheChangeBlocksItsRealLength() {
		var hours = List.of(hours(DayOfWeek.SUNDAY, "00:00", "06:00"));
		// 01:30 EST to 03:30 EDT is one real hour on the spring-forward night: 03:00 EDT is taken, 03:30 follows it.
		var busy = List.of(new TimeRange(Instant.parse("2026-03-08T06:30:00Z"), Instant.parse("2026-03-08T07:30:00Z")));

		assertThat(local(this.freeTimes.on(date("2026-03-08"), hours, false, busy, Duration.ofMinutes(30), NOW)))
			.containsExactly("00:00 EST", "01:00 EST", "03:30 EDT", "04:00 EDT", "05:00 EDT");
	}

	@Test
	void withinHoursChecksAVisitAgainstItsDaysPeriods() {
		var hours = List.of(hours(DayOfWeek.MONDAY, "09:00", "12:00"));
		TimeRange fits = range("2026-03-02T11:10", 50);
		TimeRange overruns = range("2026-03-02T11:20", 50);

		assertThat(this.freeTimes.withinHours(fits, hours, false)).isTrue();
		assertThat(this.freeTimes.withinHours(overruns, hours, false)).isFalse();
		assertThat(this.freeTimes.withinHours(fits, hours, true)).isFalse();
	}

	private static WorkingHours hours(DayOfWeek day, String from, String to) {
		return new WorkingHours(day, LocalTime.parse(from), LocalTime.parse(to));
	}

	private static LocalDate date(String date) {
		return LocalDate.parse(date);
	}

	private static TimeRange range(String localStart, int minutes) {
		Instant start = java.time.LocalDateTime.parse(localStart).atZone(NEW_YORK).toInstant();
		return new TimeRange(start, start.plus(Duration.ofMinutes(minutes)));
	}

	private static List<String> local(List<Instant> times) {
		return times.stream().map(LOCAL::format).toList();
	}

}
