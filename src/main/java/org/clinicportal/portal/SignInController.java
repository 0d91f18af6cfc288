package org.clinicportal.portal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The portal's sign-in page (the filter chain checks what it posts), and the session keep-alive. */
@Controller
class SignInController {

	static final String VIEW_LOGIN = "portal/login";

	@GetMapping(PortalPaths.LOGIN)
	@PortalPage(PortalPage.NO_PATIENT)
	String showSignIn() {
		return VIEW_LOGIN;
	}

	/** Touching the session is all it takes to keep it: the idle warning calls this. */
	@GetMapping(PortalPaths.KEEP_ALIVE)
	@PortalPage(PortalPage.NO_PATIENT)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void keepAlive() {
	}

}
