package org.clinicportal.credential;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTests {

	/** RFC 6238, appendix B: the SHA-1 seed. */
	private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@Test
	void codesAreThoseOfRfc6238sPublishedVectors() {
		assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(59)), 8)).isEqualTo("94287082");
		assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(1111111109)), 8)).isEqualTo("07081804");
		assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(1111111111)), 8)).isEqualTo("14050471");
		assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(1234567890)), 8)).isEqualTo("89005924");
		assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(2000000000)), 8)).isEqualTo("69279037");
		assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(20000000000L)), 8)).isEqualTo("65353130");
	}

	@Test
	void aSixDigitCodeIsTheLastSixDigitsOfTheVector() {
		assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(59)), 6)).isEqualTo("287082");
	}

	@Test
	void oneStepOfDriftIsAcceptedEitherWayAndNoMore() {
		Instant now = Instant.ofEpochSecond(1111111109);
		long present = Totp.step(now);
		assertThat(Totp.matchingStep(SEED, Totp.code(SEED, present, 6), now)).isEqualTo(present);
		assertThat(Totp.matchingStep(SEED, Totp.code(SEED, present - 1, 6), now)).isEqualTo(present - 1);
		assertThat(Totp.matchingStep(SEED, Totp.code(SEED, present + 1, 6), now)).isEqualTo(present + 1);
		assertThat(Totp.matchingStep(SEED, Totp.code(SEED, present - 2, 6), now)).isEqualTo(-1);
		assertThat(Totp.matchingStep(SEED, Totp.code(SEED, present + 2, 6), now)).isEqualTo(-1);
	}

	@Test
	void aCodeTypedWithASpaceCountsAndAnythingElseDoesNot() {
		Instant now = Instant.ofEpochSecond(59);
		assertThat(Totp.matchingStep(SEED, "287 082", now)).isEqualTo(Totp.step(now));
		assertThat(Totp.matchingStep(SEED, "28708", now)).isEqualTo(-1);
		assertThat(Totp.matchingStep(SEED, "abcdef", now)).isEqualTo(-1);
		assertThat(Totp.matchingStep(SEED, null, now)).isEqualTo(-1);
	}

}
