package org.clinicportal.appointment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderScheduleTests {

	private static final Duration TWO_DAYS = Duration.ofHours(48);

	private static final Duration TWO_HOURS = Duration.ofHours(2);

	private static final List<Duration> BOTH = List.of(TWO_DAYS, TWO_HOURS);

	private static final Instant START = Instant.parse("2026-12-10T14:00:00Z");

	private static final Instant BOOKED_LONG_AGO = START.minus(Duration.ofDays(20));

	@Test
	void nothingIsDueBeforeTheFirstReminderTime() {
		var plan = ReminderSchedule.plan(BOTH, START, BOOKED_LONG_AGO, START.minus(TWO_DAYS).minusSeconds(1));

		assertThat(plan.nothing()).isTrue();
	}

	@Test
	void eachReminderIsDueFromItsTime() {
		assertThat(ReminderSchedule.plan(BOTH, START, BOOKED_LONG_AGO, START.minus(TWO_DAYS)).send()).isEqualTo(TWO_DAYS);
		assertThat(ReminderSchedule.plan(List.of(TWO_HOURS), START, BOOKED_LONG_AGO, START.minus(TWO_HOURS)).send())
			.isEqualTo(TWO_HOURS);
	}

	@Test
	void afterAStopOnlyTheNearestOfSeveralDueRemindersIsSentAndTheOthersAreSkipped() {
		var plan = ReminderSchedule.plan(BOTH, START, BOOKED_LONG_AGO, START.minus(Duration.ofMinutes(30)));

		assertThat(plan.send()).isEqualTo(TWO_HOURS);
		assertThat(plan.skip()).containsExactly(TWO_DAYS);
	}

	@Test
	void aReminderWhoseVisitHasStartedIsNeverSentLate() {
		assertThat(ReminderSchedule.plan(BOTH, START, BOOKED_LONG_AGO, START).nothing()).isTrue();
		assertThat(ReminderSchedule.plan(BOTH, START, BOOKED_LONG_AGO, START.plusSeconds(60)).nothing()).isTrue();
	}

	@Test
	void aReminderWhoseTimeCameBeforeTheBookingIsSkipped() {
		Instant bookedADayAhead = START.minus(Duration.ofHours(24));
		var plan = ReminderSchedule.plan(BOTH, START, bookedADayAhead, bookedADayAhead.plusSeconds(300));

		assertThat(plan.send()).isNull();
		assertThat(plan.skip()).containsExactly(TWO_DAYS);
		assertThat(ReminderSchedule.plan(List.of(TWO_HOURS), START, bookedADayAhead, START.minus(TWO_HOURS)).send())
			.isEqualTo(TWO_HOURS);
	}

}
