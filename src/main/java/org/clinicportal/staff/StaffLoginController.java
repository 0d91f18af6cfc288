package org.clinicportal.staff;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff sign-in page (the sign-in itself is Spring Security's form login) and the session's keep-alive. */
@Controller
class StaffLoginController {

	static final String VIEW_LOGIN = "staff/login";

	@GetMapping(StaffSecurityConfiguration.LOGIN)
	String showLogin() {
		return VIEW_LOGIN;
	}

	/** The idle warning's "Stay signed in": reaching here is what keeps the session alive. */
	@GetMapping(StaffSecurityConfiguration.KEEP_ALIVE)
	ResponseEntity<Void> keepAlive() {
		return ResponseEntity.noContent().build();
	}

}
