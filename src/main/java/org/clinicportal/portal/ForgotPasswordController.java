package org.clinicportal.portal;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.clinicportal.account.PortalPasswords;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.system.RateLimits;
import org.clinicportal.system.Usernames;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Forgot password: asks for the username and always gives the same answer, whether or not a link
 * went out, so that it tells nobody which accounts exist. Limited per client address and per account.
 */
@Controller
class ForgotPasswordController {

	static final String VIEW_FORGOT = "portal/forgotPassword";

	private static final Duration WINDOW = Duration.ofHours(1);

	private final PortalPasswords passwords;

	private final AuditTrail audit;

	private final RateLimits limits;

	private final PortalSignInProperties properties;

	ForgotPasswordController(PortalPasswords passwords, AuditTrail audit, RateLimits limits,
			PortalSignInProperties properties) {
		this.passwords = passwords;
		this.audit = audit;
		this.limits = limits;
		this.properties = properties;
	}

	@GetMapping(PortalPaths.FORGOT)
	@PortalPage(PortalPage.NO_PATIENT)
	String initForgotForm() {
		return VIEW_FORGOT;
	}

	@PostMapping(PortalPaths.FORGOT)
	@PortalPage(PortalPage.NO_PATIENT)
	String processForgotForm(@RequestParam(name = "username", defaultValue = "") String username,
			HttpServletRequest request) {
		if (username.length() > Usernames.MAX_LENGTH) {
			// no account has such a name: the usual answer, without any bookkeeping
			return "redirect:" + PortalPaths.FORGOT + "?sent";
		}
		String key = Usernames.normalize(username);
		String address = request.getRemoteAddr();
		String outcome;
		if (key.isEmpty()) {
			return VIEW_FORGOT;
		}
		if (!this.limits.tryAcquire("reset-address", address, this.properties.resetRequestsPerAddress(), WINDOW)
				|| !this.limits.tryAcquire("reset-account", key, this.properties.resetRequestsPerAccount(), WINDOW)) {
			outcome = "refused: too many requests";
		}
		else {
			outcome = this.passwords.requestReset(key).isPresent() ? "link emailed"
					: "no link: unknown, disabled or without email";
		}
		this.audit.record(PortalAuthentication.actor(key), AuditAction.PORTAL_RESET_REQUESTED, null, outcome, address);
		return "redirect:" + PortalPaths.FORGOT + "?sent";
	}

}
