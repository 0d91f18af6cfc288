package org.clinicportal.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page, leading to the staff console and the patient portal (which has a chain of its own). */
@Controller
class HomeController {

	static final String VIEW_HOME = "system/home";

	@GetMapping("/")
	String home() {
		return VIEW_HOME;
	}

}
