package org.clinicportal.appointment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PatientActionsTests {

	private static final Instant START = Instant.parse("2026-12-10T14:00:00Z");

	private final PatientActions actions = new PatientActions(new AppointmentProperties(Duration.ofHours(24),
			List.of(Duration.ofHours(48)), Duration.ofMinutes(15), Duration.ofMinutes(15), "https://video.example.org/{room}",
			Duration.ofDays(14), 28));

	@Test
	void thePortalCancelsOnlyMoreThanTheNoticeAheadAndOnlyABookedVisit() {
		Appointment booked = appointment(AppointmentStatus.BOOKED, false);

		assertThat(this.actions.mayCancel(booked, START.minus(Duration.ofHours(25)))).isTrue();
		assertThat(this.actions.mayCancel(booked, START.minus(Duration.ofHours(24)))).isFalse();
		assertThat(this.actions.tooLateToCancel(booked, START.minus(Duration.ofHours(3)))).isTrue();
		assertThat(this.actions.tooLateToCancel(booked, START.plus(Duration.ofHours(2)))).as("over").isFalse();
		assertThat(this.actions.mayCancel(appointment(AppointmentStatus.CANCELLED, false), START.minus(Duration.ofDays(5))))
			.isFalse();
	}

	@Test
	void aVideoVisitsLinkShowsFromFifteenMinutesBeforeUntilItsEnd() {
		Appointment video = appointment(AppointmentStatus.BOOKED, true);

		assertThat(this.actions.joinLink(video, START.minus(Duration.ofMinutes(16)))).isNull();
		assertThat(this.actions.joinLink(video, START.minus(Duration.ofMinutes(15))))
			.isEqualTo("https://video.example.org/room42");
		assertThat(this.actions.joinLink(video, START.plus(Duration.ofMinutes(49)))).isNotNull();
		assertThat(this.actions.joinLink(video, START.plus(Duration.ofMinutes(50)))).isNull();
		assertThat(this.actions.joinLink(appointment(AppointmentStatus.BOOKED, false), START)).isNull();
	}

	private static Appointment appointment(AppointmentStatus status, boolean video) {
		return new Appointment(1, 2, 3, 4, "Psychotherapy", "#1d6b72", new TimeRange(START, START.plusSeconds(50 * 60)),
				video, video ? "room42" : null, status, "frontdesk", START.minus(Duration.ofDays(9)), null, null, null, null,
				0);
	}

}
