package org.clinicportal.patient;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PatientSearchTests {

	@Test
	void isoAndUsDatesAreReadAsDatesOfBirth() {
		assertThat(PatientSearch.date("2013-06-21")).contains(LocalDate.of(2013, 6, 21));
		assertThat(PatientSearch.date("6/21/2013")).contains(LocalDate.of(2013, 6, 21));
	}

	@Test
	void impossibleDatesAndNamesAreNotDates() {
		assertThat(PatientSearch.date("2013-02-30")).isEmpty();
		assertThat(PatientSearch.date("Rivera")).isEmpty();
		assertThat(PatientSearch.date("1000001")).isEmpty();
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
