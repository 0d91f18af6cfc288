package org.clinicportal.form;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A form with its answers, as a read-only copy shows it: each question asked, with its answer.
 *
 * @param request the request the answers belong to
 * @param form the form's definition
 * @param answers the answers
 */
public record FilledForm(RequestedForm request, FormDefinition form, Answers answers) {

	/** The items shown in a read-only copy: texts, and the questions asked with their answers. */
	public List<Line> lines() {
		Set<String> enabled = this.form.enabled(this.answers);
		return this.form.items()
			.stream()
			.filter((item) -> enabled.contains(item.linkId()) && !item.readOnly())
			.map((item) -> new Line(item, this.answers.get(item.linkId()), shown(item)))
			.toList();
	}

	/** The score of a scored measure, from the answers. */
	public Optional<Score> score() {
		return this.form.score(this.answers);
	}

	private String shown(FormItem item) {
		String answer = this.answers.get(item.linkId());
		if (answer == null) {
			return null;
		}
		return item.option(answer).map(AnswerOption::display).orElse(answer);
	}

	/**
	 * One item of the copy.
	 *
	 * @param item the question or text
	 * @param answer the stored answer, or {@code null}
	 * @param shown the answer as the person saw it (a choice's text), or {@code null}
	 */
	public record Line(FormItem item, String answer, String shown) {

		/** The answer as shown in this language (a choice's text in it), or {@code null}. */
		public String shown(Locale language) {
			if (this.answer == null) {
				return null;
			}
			return this.item.option(this.answer).map((option) -> option.display(language)).orElse(this.answer);
		}

		public boolean flagged(Score score, FormDefinition form) {
			return score != null && form.scoring().flags()
				.stream()
				.anyMatch((flag) -> flag.item().equals(this.item.linkId()) && score.flags().contains(flag.label()));
		}

	}

}
