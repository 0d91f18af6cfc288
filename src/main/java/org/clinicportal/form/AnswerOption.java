package org.clinicportal.form;

import java.util.Locale;

/**
 * One permitted answer of a choice question.
 *
 * @param code the value stored as the answer: the coding's code, or the option's string
 * @param system the coding's system, or {@code null} for a plain string option
 * @param display the text shown to the person answering
 * @param score the option's ordinal value (weight) in a scored measure, or {@code null}
 * @param translations the display in other languages
 */
public record AnswerOption(String code, String system, String display, Integer score, Translations translations) {

	/** The text shown in this language, where the form has it, else as written. */
	public String display(Locale language) {
		return this.translations.of(this.display, language);
	}

	/** Whether the option is a coding rather than a plain string. */
	public boolean coded() {
		return this.system != null || !this.code.equals(this.display);
	}

}
