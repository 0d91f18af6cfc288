package org.clinicportal.form;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A condition under which a question is asked: another question's answer compared with a value.
 *
 * @param question the linkId of the question whose answer is tested
 * @param operator one of {@code exists}, {@code =}, {@code !=}, {@code >}, {@code <}, {@code >=}, {@code <=}
 * @param value the value compared with, as answers are stored (a code, {@code true}, a number, a date)
 */
public record EnableWhen(String question, String operator, String value) {

	static final Set<String> OPERATORS = Set.of("exists", "=", "!=", ">", "<", ">=", "<=");

	/** Whether the condition holds for this answer of the tested question ({@code null} when unanswered). */
	boolean test(String answer) {
		if ("exists".equals(this.operator)) {
			return (answer != null) == Boolean.parseBoolean(this.value);
		}
		if (answer == null) {
			return "!=".equals(this.operator);
		}
		int comparison = compare(answer, this.value);
		return switch (this.operator) {
			case "=" -> comparison == 0;
			case "!=" -> comparison != 0;
			case ">" -> comparison > 0;
			case "<" -> comparison < 0;
			case ">=" -> comparison >= 0;
			default -> comparison <= 0;
		};
	}

	// Numbers compare as numbers; everything else (codes, booleans, ISO dates) as text.
	private static int compare(String answer, String value) {
		try {
			return new BigDecimal(answer).compareTo(new BigDecimal(value));
		}
		catch (NumberFormatException ex) {
			return answer.compareTo(value);
		}
	}

}
