package org.clinicportal.system;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a date as a person types it: YYYY-MM-DD (what a date field sends) in every language, and
 * the language's usual numeric form: 6/21/2013 in English; 21/6/2013 in Spanish, where 6/21/2013 is
 * still read when it can only be month first. Years are 1 to 9999, what every supported database holds.
 */
public final class TypedDates {

	private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder().appendValue(ChronoField.YEAR, 4)
		.appendLiteral('-')
		.appendValue(ChronoField.MONTH_OF_YEAR, 2)
		.appendLiteral('-')
		.appendValue(ChronoField.DAY_OF_MONTH, 2)
		.toFormatter(Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter MONTH_FIRST = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	/** Each language's forms after YYYY-MM-DD, in the order tried. */
	private static final Map<String, List<DateTimeFormatter>> USUAL = Map.of("en", List.of(MONTH_FIRST), "es",
			List.of(DAY_FIRST, MONTH_FIRST));

	private TypedDates() {
	}

	/** The date the text means in this language, if it is one a person can type. */
	public static Optional<LocalDate> parse(String text, Locale language) {
		if (text == null) {
			return Optional.empty();
		}
		String typed = text.strip();
		Optional<LocalDate> date = parse(typed, ISO);
		var forms = USUAL.getOrDefault((language != null) ? language.getLanguage() : "", List.of()).iterator();
		while (date.isEmpty() && forms.hasNext()) {
			date = parse(typed, forms.next());
		}
		return date.filter(TypedDates::typeable);
	}

	/** Whether a date is one a person can type and every supported database can store: years 1 to 9999. */
	public static boolean typeable(LocalDate date) {
		return date.getYear() >= 1 && date.getYear() <= 9999;
	}

	private static Optional<LocalDate> parse(String text, DateTimeFormatter format) {
		try {
			return Optional.of(LocalDate.parse(text, format));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
