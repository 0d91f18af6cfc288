package org.clinicportal.system;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.format.Formatter;
import org.springframework.stereotype.Component;

/**
 * Reads and writes every date of a form or an address. It writes YYYY-MM-DD with a four-digit year,
 * as a date field wants it, and reads that or the reader's usual form ({@link TypedDates}). A year
 * beyond four digits (ISO allows {@code +999999999-12-31}) fits no database column and cannot be
 * moved by a day, so it is unreadable, and the page asks for a date again.
 */
@Component
public final class IsoDateFormatter implements Formatter<LocalDate> {

	/** Whether a date is one a person can type and every supported database can store: years 1 to 9999. */
	public static boolean typeable(LocalDate date) {
		return TypedDates.typeable(date);
	}

	@Override
	public LocalDate parse(String text, Locale locale) throws ParseException {
		return TypedDates.parse(text, locale)
			.orElseThrow(() -> new ParseException("not a date in years 1 to 9999: " + text, 0));
	}

	@Override
	public String print(LocalDate date, Locale locale) {
		return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
	}

}
