package org.clinicportal.system;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the application speaks. A third one takes its message bundles and questionnaire
 * translations, and its tag here (see docs/languages.md).
 */
public final class SupportedLanguages {

	/** English, the default, and Spanish. */
	public static final List<Locale> ALL = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

	/** The language of anything whose reader's language is unknown. */
	public static final Locale DEFAULT = Locale.ENGLISH;

	private SupportedLanguages() {
	}

	/** The supported language a tag such as {@code es}, {@code es-MX} or {@code EN} names, if any. */
	public static Optional<Locale> of(String tag) {
		if (tag == null || tag.isBlank()) {
			return Optional.empty();
		}
		return of(Locale.forLanguageTag(tag.strip().replace('_', '-')));
	}

	/** The supported language of a locale (its language, whatever its country), if any. */
	public static Optional<Locale> of(Locale locale) {
		if (locale == null) {
			return Optional.empty();
		}
		return ALL.stream().filter((supported) -> supported.getLanguage().equals(locale.getLanguage())).findFirst();
	}

	/** The supported language a tag names, else English. */
	public static Locale orDefault(String tag) {
		return of(tag).orElse(DEFAULT);
	}

}
