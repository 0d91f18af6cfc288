package org.clinicportal.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Checks answers against their form: each answer must fit its question's type, and on submission
 * every required question that is asked must be answered. Problems are message codes by linkId.
 */
final class AnswerRules {

	private AnswerRules() {
	}

	/**
	 * @param complete whether the answers are submitted (required questions count) or a draft
	 * @return the problems by item linkId, in the form's order; empty when there are none
	 */
	static Map<String, String> problems(FormDefinition form, Answers answers, boolean complete) {
		Set<String> enabled = form.enabled(answers);
		Map<String, String> problems = new LinkedHashMap<>();
		for (FormItem item : form.items()) {
			if (!item.asked() || !enabled.contains(item.linkId())) {
				continue;
			}
			String answer = answers.get(item.linkId());
			String problem = (answer == null) ? ((complete && item.required()) ? "forms.answer.required" : null)
					: problem(item, answer);
			if (problem != null) {
				problems.put(item.linkId(), problem);
			}
		}
		return problems;
	}

	private static String problem(FormItem item, String answer) {
		if (answer.length() > item.maxLengthOrDefault()) {
			return "forms.answer.tooLong";
		}
		try {
			return switch (item.type()) {
				case BOOLEAN -> (answer.equals("true") || answer.equals("false")) ? null : "forms.answer.choice";
				case INTEGER -> {
					Long.parseLong(answer);
					yield null;
				}
				case DECIMAL -> (new BigDecimal(answer).abs().compareTo(BigDecimal.valueOf(1_000_000_000L)) < 0) ? null
						: "forms.answer.decimal";
				case DATE -> plausible(LocalDate.parse(answer)) ? null : "forms.answer.date";
				case CHOICE -> item.option(answer).isPresent() ? null : "forms.answer.choice";
				default -> null;
			};
		}
		catch (NumberFormatException ex) {
			return (item.type() == ItemType.INTEGER) ? "forms.answer.integer" : "forms.answer.decimal";
		}
		catch (DateTimeParseException ex) {
			return "forms.answer.date";
		}
	}

	private static boolean plausible(LocalDate date) {
		return date.getYear() >= 1900 && date.getYear() <= 2200;
	}

}
