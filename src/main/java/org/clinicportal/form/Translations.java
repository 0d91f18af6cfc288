package org.clinicportal.form;

import java.util.Locale;
import java.util.Map;

/**
 * The translations of one text of a form, from FHIR's translation extension
 * ({@code http://hl7.org/fhir/StructureDefinition/translation}), by language code.
 *
 * @param byLanguage each translation under its language, such as {@code es}
 */
public record Translations(Map<String, String> byLanguage) {

	/** The extension that carries a translation, with its parts {@code lang} and {@code content}. */
	static final String EXTENSION = "http://hl7.org/fhir/StructureDefinition/translation";

	/** No translations: the text is shown as written. */
	static final Translations NONE = new Translations(Map.of());

	public Translations {
		byLanguage = Map.copyOf(byLanguage);
	}

	/** The text in this language where a translation exists, else the text as written. */
	String of(String original, Locale language) {
		return (language != null) ? this.byLanguage.getOrDefault(language.getLanguage(), original) : original;
	}

}
