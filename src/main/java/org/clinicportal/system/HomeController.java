package org.clinicportal.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page, leading to the staff console and the patient portal. */
@Controller
class HomeController {

	static final String VIEW_HOME = "system/home";

	static final String VIEW_PORTAL = "system/portal";

	@GetMapping("/")
	String home() {
		return VIEW_HOME;
	}

	/** Until the portal's own sign-in exists, says plainly that it is not open yet. */
	@GetMapping("/portal")
	String portal() {
		return VIEW_PORTAL;
	}

}
