package org.clinicportal.patient;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** The demographics rules that annotations cannot say: a plausible birth date and a known language. */
@Component
class PatientFormRules {

	static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

	private final Clock clock;

	PatientFormRules(Clock clock) {
		this.clock = clock;
	}

	void check(PatientForm form, BindingResult result) {
		if (!result.hasFieldErrors("dateOfBirth") && form.getDateOfBirth() != null
				&& form.getDateOfBirth().isBefore(EARLIEST_BIRTH)) {
			result.rejectValue("dateOfBirth", "patient.dateOfBirth.tooEarly");
		}
		if (!result.hasFieldErrors("preferredLanguage") && !Languages.CODES.contains(form.getPreferredLanguage())) {
			result.rejectValue("preferredLanguage", "patient.language.unknown");
		}
	}

	Clock clock() {
		return this.clock;
	}

}
