package org.clinicportal.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.clinicportal.system.ClinicProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyTimeTests {

	private static final ClinicProperties CLINIC = new ClinicProperties("Clinic", null, null, "America/New_York", false,
			null, null);

	@Test
	void cutoffCountsBusinessDaysBackAtTheSameTimeOfDaySkippingWeekends() {
		ReplyTime two = replyTime(2, "2026-12-07T15:00:00Z"); // a Monday, 10:00 in New York
		assertThat(two.overdueCutoff()).isEqualTo(Instant.parse("2026-12-03T15:00:00Z")); // Thursday
		assertThat(replyTime(2, "2026-12-09T15:00:00Z").overdueCutoff())
			.isEqualTo(Instant.parse("2026-12-07T15:00:00Z")); // Wednesday back to Monday
		assertThat(replyTime(1, "2026-12-06T15:00:00Z").overdueCutoff())
			.isEqualTo(Instant.parse("2026-12-04T15:00:00Z")); // Sunday back to Friday
	}

	@Test
	void overdueWhenWaitingForTheClinicSinceBeforeTheCutoff() {
		Instant cutoff = Instant.parse("2026-12-03T15:00:00Z");
		assertThat(waiting(ConversationState.WAITING_CLINIC, cutoff.minusSeconds(1)).overdue(cutoff)).isTrue();
		assertThat(waiting(ConversationState.WAITING_CLINIC, cutoff).overdue(cutoff)).isFalse();
		assertThat(waiting(ConversationState.WAITING_PATIENT, null).overdue(cutoff)).isFalse();
		assertThat(waiting(ConversationState.CLOSED, null).overdue(cutoff)).isFalse();
	}

	@Test
	void settingsDefaultToTwoBusinessDaysAndAFiveMinuteDigestCheck() {
		var defaults = new MessagingProperties(null, null);
		assertThat(defaults.replyBusinessDays()).isEqualTo(2);
		assertThat(defaults.digestCheck()).isEqualTo(Duration.ofMinutes(5));
		assertThat(new MessagingProperties(0, null).replyBusinessDays()).isEqualTo(2);
	}

	private static ReplyTime replyTime(int days, String now) {
		return new ReplyTime(new MessagingProperties(days, null), CLINIC,
				Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
	}

	private static Conversation waiting(ConversationState state, Instant since) {
		Instant sent = Instant.parse("2026-12-01T09:00:00Z");
		return new Conversation(1, 2, 3, "Subject", state, sent, since, false, null, sent, "Ana", false, null, 1);
	}

}
