package org.clinicportal.messaging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectWordsTests {

	@Test
	void ofFoldsCaseAndAccentsAndSplitsAtPunctuation() {
		assertThat(SubjectWords.of("Médication REFILL? (urgent) — refill")).containsExactly("medication", "refill",
				"urgent");
	}

	@Test
	void ofKeepsDigitsAndLeavesOutSingleCharacters() {
		assertThat(SubjectWords.of("Form 2 of W-2 and a 1099")).containsExactly("form", "of", "and", "1099");
	}

	@Test
	void ofCutsLongWordsAndCountsAtMostThirtyWords() {
		assertThat(SubjectWords.of("a".repeat(60))).containsExactly("a".repeat(40));
		StringBuilder many = new StringBuilder();
		for (int i = 0; i < 50; i++) {
			many.append("word").append(i).append(' ');
		}
		assertThat(SubjectWords.of(many.toString())).hasSize(30);
	}

	@Test
	void ofNothingIsNoWord() {
		assertThat(SubjectWords.of(null)).isEmpty();
		assertThat(SubjectWords.of(" ?! ")).isEmpty();
	}

}
