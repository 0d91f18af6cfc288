package org.clinicportal.patient;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PatientSearchTests {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	@Test
	void isoAndUsDatesAreReadAsDatesOfBirth() {
		assertThat(PatientSearch.date("2013-06-21", Locale.ENGLISH)).contains(LocalDate.of(2013, 6, 21));
		assertThat(PatientSearch.date("6/21/2013", Locale.ENGLISH)).contains(LocalDate.of(2013, 6, 21));
		assertThat(PatientSearch.date("21/6/2013", Locale.ENGLISH)).isEmpty();
	}

	@Test
	void staffWorkingInSpanishAlsoTypeTheDayFirst() {
		assertThat(PatientSearch.date("21/6/2013", SPANISH)).contains(LocalDate.of(2013, 6, 21));
		assertThat(PatientSearch.date("2013-06-21", SPANISH)).contains(LocalDate.of(2013, 6, 21));
		assertThat(PatientSearch.date("6/21/2013", SPANISH)).as("only month first can read it")
			.contains(LocalDate.of(2013, 6, 21));
		assertThat(PatientSearch.date("6/7/2013", SPANISH)).contains(LocalDate.of(2013, 7, 6));
	}

	@Test
	void impossibleDatesAndNamesAreNotDates() {
		for (Locale language : new Locale[] { Locale.ENGLISH, SPANISH }) {
			assertThat(PatientSearch.date("2013-02-30", language)).isEmpty();
			assertThat(PatientSearch.date("31/2/2013", language)).isEmpty();
			assertThat(PatientSearch.date("Rivera", language)).isEmpty();
			assertThat(PatientSearch.date("1000001", language)).isEmpty();
		}
	}

	@Test
	void namesFoldToLowerCaseLettersWithoutAccentsOrPunctuation() {
		assertThat(PatientSearch.fold("O'Neil-Ünal")).isEqualTo("oneilunal");
		assertThat(PatientSearch.fold("Zoë")).isEqualTo("zoe");
		assertThat(PatientSearch.fold("van der Berg")).isEqualTo("vanderberg");
		assertThat(PatientSearch.fold(null)).isNull();
		assertThat(PatientSearch.namePrefix("o'neil")).isEqualTo("oneil%");
		assertThat(PatientSearch.namePrefix("%")).as("nothing to fold: taken literally").isEqualTo("\\%%");
	}

	@Test
	void likeWildcardsInSearchTextAreTakenLiterally() {
		assertThat(PatientSearch.prefix("O'Br%_")).isEqualTo("o'br\\%\\_%");
	}

}
