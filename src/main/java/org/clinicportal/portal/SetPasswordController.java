package org.clinicportal.portal;

import jakarta.servlet.http.HttpServletResponse;

import org.clinicportal.account.PortalPasswords;
import org.clinicportal.account.PortalPasswords.InvalidLinkException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Choosing a password from an emailed link (a new account's, or a reset). The link's token stays out
 * of other sites' logs: these pages send no referrer. The token is used up only by a password the
 * policy accepts, so a refused one leaves the link usable.
 */
@Controller
class SetPasswordController {

	static final String VIEW_SET = "portal/setPassword";

	static final String VIEW_INVALID = "portal/linkInvalid";

	private final PortalPasswords passwords;

	private final PasswordRules rules;

	SetPasswordController(PortalPasswords passwords, PasswordRules rules) {
		this.passwords = passwords;
		this.rules = rules;
	}

	@GetMapping(PortalPaths.SET_PASSWORD)
	@PortalPage(PortalPage.NO_PATIENT)
	String initSetForm(@RequestParam(name = "token", required = false) String token, Model model,
			HttpServletResponse response) {
		noReferrer(response);
		if (this.passwords.linkHolder(token).isEmpty()) {
			return VIEW_INVALID;
		}
		model.addAttribute("form", PasswordForm.empty(token));
		this.rules.describe(model);
		return VIEW_SET;
	}

	@PostMapping(PortalPaths.SET_PASSWORD)
	@PortalPage(PortalPage.NO_PATIENT)
	String processSetForm(@ModelAttribute("form") PasswordForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		noReferrer(response);
		try {
			if (this.passwords.linkHolder(form.token()).isEmpty()) {
				return VIEW_INVALID;
			}
			if (!this.rules.confirmed(form, result)
					|| !this.rules.accepted(() -> this.passwords.setFromLink(form.token(), form.newPassword()), result)) {
				this.rules.describe(model);
				return VIEW_SET;
			}
		}
		catch (InvalidLinkException ex) {
			return VIEW_INVALID;
		}
		return "redirect:" + PortalPaths.LOGIN + "?passwordSet";
	}

	private static void noReferrer(HttpServletResponse response) {
		response.setHeader("Referrer-Policy", "no-referrer");
	}

}
