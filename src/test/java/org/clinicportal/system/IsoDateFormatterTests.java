package org.clinicportal.system;

import java.text.ParseException;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class IsoDateFormatterTests {

	private final IsoDateFormatter formatter = new IsoDateFormatter();

	@Test
	void parseReadsWhatADateFieldSends() throws ParseException {
		assertThat(this.formatter.parse("2024-02-29", Locale.ROOT)).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(this.formatter.parse(" 0001-01-01 ", Locale.ROOT)).isEqualTo(LocalDate.of(1, 1, 1));
		assertThat(this.formatter.parse("9999-12-31", Locale.ROOT)).isEqualTo(LocalDate.of(9999, 12, 31));
	}

	@Test
	void parseRefusesYearsADatabaseCannotHoldAndDaysThatDoNotExist() {
		for (String text : new String[] { "+999999999-12-31", "-999999999-01-01", "10000-01-01", "0000-01-01",
				"2024-13-45", "2023-02-29", "24-01-01", "2024-1-5" }) {
			assertThatExceptionOfType(ParseException.class).as(text)
				.isThrownBy(() -> this.formatter.parse(text, Locale.ROOT));
		}
	}

	@Test
	void parseAlsoReadsTheReadersUsualForm() throws ParseException {
		assertThat(this.formatter.parse("6/21/2013", Locale.ENGLISH)).isEqualTo(LocalDate.of(2013, 6, 21));
		assertThat(this.formatter.parse("21/6/2013", Locale.forLanguageTag("es"))).isEqualTo(LocalDate.of(2013, 6, 21));
		assertThat(this.formatter.parse("2013-06-21", Locale.forLanguageTag("es"))).isEqualTo(LocalDate.of(2013, 6, 21));
		assertThatExceptionOfType(ParseException.class).isThrownBy(() -> this.formatter.parse("21/6/2013", Locale.ENGLISH));
		assertThatExceptionOfType(ParseException.class).isThrownBy(() -> this.formatter.parse("6/21/10000", Locale.ENGLISH));
	}

	@Test
	void printWritesYearMonthDay() {
		assertThat(this.formatter.print(LocalDate.of(987, 6, 5), Locale.ROOT)).isEqualTo("0987-06-05");
	}

}
