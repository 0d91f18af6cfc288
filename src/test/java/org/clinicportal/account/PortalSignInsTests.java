package org.clinicportal.account;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortalSignInsTests {

	@Test
	void lockGrowsFromOneMinuteToAtMostFifteen() {
		assertThat(IntStream.of(5, 6, 7, 8, 9, 10, 30).mapToObj(PortalSignIns::lockFor).map((d) -> d.toMinutes()))
			.containsExactly(1L, 2L, 4L, 8L, 15L, 15L, 15L);
	}

	@Test
	void anUnknownUsernameIsHeldAfterFiveFailuresForAsLongAsAnAccountWouldBeLocked() {
		var unknown = new UnknownUsernames();
		Instant now = Instant.parse("2026-11-29T12:00:00Z");
		for (int i = 1; i < PortalSignIns.LOCK_AFTER; i++) {
			assertThat(unknown.failed("nobody@example.org", now)).isNull();
		}
		assertThat(unknown.heldUntil("nobody@example.org", now)).isNull();
		assertThat(unknown.failed("nobody@example.org", now)).isEqualTo(now.plus(Duration.ofMinutes(1)));
		assertThat(unknown.heldUntil("nobody@example.org", now.plusSeconds(59))).isEqualTo(now.plusSeconds(60));
		assertThat(unknown.heldUntil("nobody@example.org", now.plusSeconds(60))).isNull();
		assertThat(unknown.heldUntil("somebody@example.org", now)).isNull();
		assertThat(unknown.failed("nobody@example.org", now.plusSeconds(60))).as("the second hold is longer")
			.isEqualTo(now.plusSeconds(60).plus(Duration.ofMinutes(2)));
	}

	@Test
	void onlyTheMostRecentUnknownUsernamesAreKept() {
		var unknown = new UnknownUsernames();
		Instant now = Instant.parse("2026-11-29T12:00:00Z");
		for (int i = 0; i < PortalSignIns.LOCK_AFTER; i++) {
			unknown.failed("first@example.org", now);
		}
		for (int i = 0; i < UnknownUsernames.KEPT; i++) {
			unknown.failed("other-" + i + "@example.org", now);
		}
		assertThat(unknown.heldUntil("first@example.org", now)).isNull();
	}

}
