package org.clinicportal.form;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One item of a form: a question, or text shown between questions.
 *
 * @param linkId the item's id within its form, under which its answer is stored
 * @param text the question (or the text shown)
 * @param type what kind of answer it takes
 * @param code the item's code (LOINC for standard measures), or {@code null}
 * @param required whether it must be answered when it is asked
 * @param readOnly whether the clinic fills it in, such as a total score
 * @param maxLength the longest answer accepted, or {@code null} for the default
 * @param options the permitted answers of a choice question
 * @param enableWhen the conditions under which it is asked; empty means always
 * @param enableWhenAny whether any condition suffices (otherwise all must hold)
 * @param translations the text in other languages
 */
public record FormItem(String linkId, String text, ItemType type, Coding code, boolean required, boolean readOnly,
		Integer maxLength, List<AnswerOption> options, List<EnableWhen> enableWhen, boolean enableWhenAny,
		Translations translations) {

	/** The longest text answer accepted when the form sets no limit. */
	static final int DEFAULT_MAX_LENGTH = 4000;

	public FormItem {
		options = List.copyOf(options);
		enableWhen = List.copyOf(enableWhen);
	}

	/** The question (or the text shown) in this language, where the form has it, else as written. */
	public String text(Locale language) {
		return this.translations.of(this.text, language);
	}

	/** Whether the person filling the form answers it. */
	public boolean asked() {
		return this.type.answerable() && !this.readOnly;
	}

	public int maxLengthOrDefault() {
		return (this.maxLength != null) ? this.maxLength : DEFAULT_MAX_LENGTH;
	}

	public Optional<AnswerOption> option(String code) {
		return this.options.stream().filter((option) -> option.code().equals(code)).findFirst();
	}

	/** The highest score any of its options carries, or 0 for an unscored item. */
	int maxScore() {
		return this.options.stream().map(AnswerOption::score).filter((s) -> s != null).reduce(0, Math::max);
	}

	boolean scored() {
		return this.options.stream().anyMatch((option) -> option.score() != null);
	}

	/**
	 * A code from a terminology.
	 *
	 * @param system the terminology, such as {@code http://loinc.org}
	 * @param code the code
	 * @param display its text
	 */
	public record Coding(String system, String code, String display) {
	}

}
