package org.clinicportal.account;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortalSignInsTests {

	@Test
	void lockGrowsFromOneMinuteToAtMostFifteen() {
		assertThat(IntStream.of(5, 6, 7, 8, 9, 10, 30).mapToObj(PortalSignIns::lockFor).map((d) -> d.toMinutes()))
			.containsExactly(1L, 2L, 4L, 8L, 15L, 15L, 15L);
	}

}
