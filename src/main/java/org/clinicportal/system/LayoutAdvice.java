package org.clinicportal.system;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the clinic's settings into every page model, for the layout. */
@ControllerAdvice
class LayoutAdvice {

	private final ClinicProperties clinic;

	LayoutAdvice(ClinicProperties clinic) {
		this.clinic = clinic;
	}

	@ModelAttribute("clinic")
	ClinicProperties clinic() {
		return this.clinic;
	}

}
