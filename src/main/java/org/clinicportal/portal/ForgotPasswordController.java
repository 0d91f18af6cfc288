package org.clinicportal.portal;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.clinicportal.account.PortalPasswords;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
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

	private final PortalPasswords passwords;

	private final AuditTrail audit;

	private final Throttle perAddress;

	private final Throttle perAccount;

	ForgotPasswordController(PortalPasswords passwords, AuditTrail audit, PortalSignInProperties properties,
			Clock clock) {
		this.passwords = passwords;
		this.audit = audit;
		this.perAddress = new Throttle(properties.resetRequestsPerAddress(), Duration.ofHours(1), clock);
		this.perAccount = new Throttle(properties.resetRequestsPerAccount(), Duration.ofHours(1), clock);
	}

	@GetMapping(PortalPaths.FORGOT)
	@PortalPage(PortalSection.NONE)
	String initForgotForm() {
		return VIEW_FORGOT;
	}

	@PostMapping(PortalPaths.FORGOT)
	@PortalPage(PortalSection.NONE)
	String processForgotForm(@RequestParam(name = "username", defaultValue = "") String username,
			HttpServletRequest request) {
		String key = Usernames.normalize(username);
		String address = request.getRemoteAddr();
		String outcome;
		if (key.isEmpty()) {
			return VIEW_FORGOT;
		}
		if (!this.perAddress.tryCount(address) || !this.perAccount.tryCount(key)) {
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
