package org.clinicportal.messaging;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of a subject as the inbox search matches them: lower case, without accents, split at
 * everything that is not a letter or a digit, at least two characters long, so that "Médication
 * refill?" is found by "medication" and by "REFILL". The same rule folds a subject when it is stored
 * and a search when it is typed.
 */
final class SubjectWords {

	static final int MAX_LENGTH = 40;

	static final int MAX_WORDS = 30;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{Nd}]+");

	private SubjectWords() {
	}

	/** The distinct words of the text, in their order, each at most {@value #MAX_LENGTH} characters. */
	static List<String> of(String text) {
		if (text == null) {
			return List.of();
		}
		String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
			.toLowerCase(Locale.ROOT);
		return Arrays.stream(SEPARATORS.split(folded))
			.filter((word) -> word.length() >= 2)
			.map((word) -> (word.length() > MAX_LENGTH) ? word.substring(0, MAX_LENGTH) : word)
			.distinct()
			.limit(MAX_WORDS)
			.toList();
	}

}
