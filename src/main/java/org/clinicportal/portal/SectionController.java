package org.clinicportal.portal;

import org.clinicportal.patient.PatientDirectory;
import org.clinicportal.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The sections of a patient's record, each behind its permission (checked by {@link AccessPolicy});
 * the Forms section is {@link PortalFormsController}.
 */
@Controller
class SectionController {

	static final String VIEW_PROFILE = "portal/profile";

	private final PatientDirectory patients;

	SectionController(PatientDirectory patients) {
		this.patients = patients;
	}

	@GetMapping(PortalPaths.PATIENT + "/profile")
	@PortalPage(PortalSection.PROFILE)
	String showProfile(@PathVariable long patientId, Model model) {
		model.addAttribute("profile", this.patients.find(patientId).orElseThrow(NotFoundException::new));
		return VIEW_PROFILE;
	}

}
