package org.clinicportal.system;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

import org.springframework.format.Formatter;
import org.springframework.stereotype.Component;

/**
 * Reads and writes every date of a form or an address, as a date field sends it: YYYY-MM-DD with a
 * four-digit year. A year beyond that (ISO allows {@code +999999999-12-31}) fits no database column
 * and cannot be moved by a day, so it is unreadable, and the page asks for a date again.
 */
@Component
public final class IsoDateFormatter implements Formatter<LocalDate> {

	private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder().appendValue(ChronoField.YEAR, 4)
		.appendLiteral('-')
		.appendValue(ChronoField.MONTH_OF_YEAR, 2)
		.appendLiteral('-')
		.appendValue(ChronoField.DAY_OF_MONTH, 2)
		.toFormatter(Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	/** Whether a date is one a person can type and every supported database can store: years 1 to 9999. */
	public static boolean typeable(LocalDate date) {
		return date.getYear() >= 1 && date.getYear() <= 9999;
	}

	@Override
	public LocalDate parse(String text, Locale locale) throws ParseException {
		try {
			LocalDate date = LocalDate.parse(text.strip(), ISO);
			if (!typeable(date)) {
				throw new ParseException("year out of range: " + text, 0);
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			throw new ParseException(ex.getMessage(), ex.getErrorIndex());
		}
	}

	@Override
	public String print(LocalDate date, Locale locale) {
		return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
	}

}
