package org.clinicportal.form;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerRulesTests {

	private static FormDefinition intake;

	@BeforeAll
	static void readIntake() throws IOException {
		intake = new FormCatalogue().find("adult-intake").orElseThrow();
	}

	@Test
	void draftMayLeaveRequiredQuestionsOpenButSubmissionMayNot() {
		Answers answers = new Answers(Map.of("reason", "Sleep"));
		assertThat(AnswerRules.problems(intake, answers, false)).isEmpty();
		assertThat(AnswerRules.problems(intake, answers, true)).containsEntry("previous-treatment",
				"forms.answer.required").containsEntry("emergency-contact", "forms.answer.required")
			.doesNotContainKey("reason")
			.doesNotContainKey("previous-treatment-details");
	}

	@Test
	void answersMustFitTheirQuestionsType() {
		Answers answers = new Answers(Map.of("sleep-hours", "seven", "children", "2.5", "last-physical", "2024-02-30",
				"alcohol", "daily", "previous-treatment", "maybe"));
		assertThat(AnswerRules.problems(intake, answers, false)).containsExactly(
				Map.entry("previous-treatment", "forms.answer.choice"), Map.entry("alcohol", "forms.answer.choice"),
				Map.entry("sleep-hours", "forms.answer.decimal"), Map.entry("last-physical", "forms.answer.date"),
				Map.entry("children", "forms.answer.integer"));
	}

	@Test
	void wellFormedAnswersPass() {
		Answers answers = new Answers(Map.of("sleep-hours", "7.5", "children", "2", "last-physical", "2024-02-28",
				"alcohol", "weekly", "previous-treatment", "true", "referred-by", "A neighbour"));
		assertThat(AnswerRules.problems(intake, answers, false)).isEmpty();
	}

	@Test
	void answerLongerThanItsQuestionAllowsIsRefused() {
		Answers answers = new Answers(Map.of("emergency-contact", "x".repeat(201)));
		assertThat(AnswerRules.problems(intake, answers, false)).containsEntry("emergency-contact",
				"forms.answer.tooLong");
	}

}
