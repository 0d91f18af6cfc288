package org.clinicportal.patient;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The choices offered by the demographics fields, wherever those fields are shown. */
@ControllerAdvice(assignableTypes = { PatientController.class, DemographicsController.class })
class PatientFormOptions {

	@ModelAttribute("languages")
	List<String> languages() {
		return Languages.CODES;
	}

	@ModelAttribute("sexes")
	Sex[] sexes() {
		return Sex.values();
	}

}
