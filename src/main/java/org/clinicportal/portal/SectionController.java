package org.clinicportal.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The sections of a patient's record, each behind its permission (checked by {@link AccessPolicy}).
 * The Profile section has its own {@link ProfileController}.
 */
@Controller
class SectionController {

	static final String VIEW_FORMS = "portal/forms";

	/** Forms the clinic requested; until forms can be requested, an honest empty list. */
	@GetMapping(PortalPaths.PATIENT + "/forms")
	@PortalPage(PortalSection.FORMS)
	String showForms(@PathVariable long patientId) {
		return VIEW_FORMS;
	}

}
