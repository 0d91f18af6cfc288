package org.clinicportal.staff;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff sign-in page; the sign-in itself is Spring Security's form login. */
@Controller
class StaffLoginController {

	static final String VIEW_LOGIN = "staff/login";

	@GetMapping(StaffSecurityConfiguration.LOGIN)
	String showLogin() {
		return VIEW_LOGIN;
	}

}
