package org.clinicportal.credential;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInGuardTests {

	@Test
	void lockGrowsFromOneMinuteToAtMostFifteen() {
		assertThat(IntStream.of(5, 6, 7, 8, 9, 10, 30).mapToObj(SignInGuard::lockFor).map((d) -> d.toMinutes()))
			.containsExactly(1L, 2L, 4L, 8L, 15L, 15L, 15L);
	}

	@Test
	void aGeneratedPasswordIsTheSameTypedWithItsDashesWithSpacesOrWithout() {
		var password = new TemporaryPassword("w3tThkxR27u2a8pB");
		assertThat(TemporaryPassword.withoutSeparators(password.grouped())).isEqualTo(password.value());
		assertThat(TemporaryPassword.withoutSeparators("w3tT hkxR 27u2 a8pB")).isEqualTo(password.value());
		assertThat(TemporaryPassword.withoutSeparators(" w3tT\u2013hkxR-27u2-a8pB ")).isEqualTo(password.value());
		assertThat(TemporaryPassword.withoutSeparators(password.value())).isEqualTo(password.value());
	}

	@Test
	void noGeneratedPasswordHoldsASeparator() {
		assertThat(TemporaryPasswordGenerator.ALPHABET).doesNotContain("-", " ");
	}

}
