package org.clinicportal.form;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FormScoringTests {

	private static final String[] FREQUENCY = { "LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9" };

	private static FormCatalogue catalogue;

	@BeforeAll
	static void readCatalogue() throws IOException {
		catalogue = new FormCatalogue();
	}

	@ParameterizedTest
	@CsvSource({ "0,Minimal", "4,Minimal", "5,Mild", "9,Mild", "10,Moderate", "14,Moderate", "15,Moderately severe",
			"19,Moderately severe", "20,Severe", "27,Severe" })
	void phq9TotalFallsIntoItsBand(int total, String band) {
		Score score = score("phq-9", "phq9", 9, total);
		assertThat(score.total()).isEqualTo(total);
		assertThat(score.band()).isEqualTo(band);
	}

	@ParameterizedTest
	@CsvSource({ "0,Minimal", "4,Minimal", "5,Mild", "9,Mild", "10,Moderate", "14,Moderate", "15,Severe",
			"21,Severe" })
	void gad7TotalFallsIntoItsBand(int total, String band) {
		Score score = score("gad-7", "gad7", 7, total);
		assertThat(score.total()).isEqualTo(total);
		assertThat(score.band()).isEqualTo(band);
		assertThat(score.flagged()).isFalse();
	}

	@Test
	void phq9ItemNineAboveZeroIsFlaggedEvenWhenTheTotalIsMinimal() {
		Map<String, String> values = items("phq9", 8, 0);
		values.put("phq9-9", FREQUENCY[1]);
		Score score = form("phq-9").score(new Answers(values)).orElseThrow();
		assertThat(score.total()).isEqualTo(1);
		assertThat(score.band()).isEqualTo("Minimal");
		assertThat(score.flags()).containsExactly("Thoughts of death or self-harm (item 9)");
	}

	@Test
	void phq9ItemNineAtZeroIsNotFlaggedEvenWhenTheTotalIsHigh() {
		Map<String, String> values = items("phq9", 8, 24);
		values.put("phq9-9", FREQUENCY[0]);
		Score score = form("phq-9").score(new Answers(values)).orElseThrow();
		assertThat(score.total()).isEqualTo(24);
		assertThat(score.flagged()).isFalse();
	}

	@Test
	void difficultyQuestionDoesNotCount() {
		Map<String, String> values = items("phq9", 9, 3);
		values.put("phq9-difficulty", "LA6574-3");
		assertThat(form("phq-9").score(new Answers(values)).orElseThrow().total()).isEqualTo(3);
	}

	@Test
	void formWithoutScoringHasNoScore() {
		assertThat(form("adult-intake").score(Answers.none())).isEmpty();
	}

	private static Score score(String key, String prefix, int count, int total) {
		Map<String, String> values = items(prefix, count, total);
		return form(key).score(new Answers(values)).orElseThrow();
	}

	// Spreads the total over the items, 3 at a time, so that the last item is the one left at 0.
	private static Map<String, String> items(String prefix, int count, int total) {
		Map<String, String> values = new HashMap<>();
		int left = total;
		for (int i = 1; i <= count; i++) {
			int score = Math.min(3, left);
			left -= score;
			values.put(prefix + "-" + i, FREQUENCY[score]);
		}
		assertThat(left).isZero();
		return values;
	}

	private static FormDefinition form(String key) {
		return catalogue.find(key).orElseThrow();
	}

}
