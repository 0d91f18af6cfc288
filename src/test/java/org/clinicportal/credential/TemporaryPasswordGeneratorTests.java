package org.clinicportal.credential;

import java.util.HashSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TemporaryPasswordGeneratorTests {

	private final TemporaryPasswordGenerator generator = new TemporaryPasswordGenerator();

	@Test
	void generatedPasswordHasSixteenCharactersWithoutLookAlikes() {
		for (int i = 0; i < 1000; i++) {
			String password = this.generator.generate().value();
			assertThat(password).hasSize(16).doesNotContainPattern("[0O1lIo]");
			assertThat(password.chars()).allMatch((c) -> TemporaryPasswordGenerator.ALPHABET.indexOf(c) >= 0);
		}
	}

	@Test
	void generatedPasswordHasAtLeast78BitsOfEntropy() {
		assertThat(TemporaryPasswordGenerator.entropyBits()).isGreaterThanOrEqualTo(78);
	}

	@Test
	void generatedPasswordsDoNotRepeat() {
		var seen = new HashSet<String>();
		for (int i = 0; i < 10_000; i++) {
			assertThat(seen.add(this.generator.generate().value())).isTrue();
		}
	}

	@Test
	void groupedPasswordIsReadInGroupsOfFour() {
		var password = new TemporaryPassword("abcdEFGHjkmn2345");
		assertThat(password.grouped()).isEqualTo("abcd-EFGH-jkmn-2345");
		assertThat(password.toString()).doesNotContain("abcd");
	}

}
