package org.clinicportal.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.clinicportal.account.PortalPasswords;
import org.clinicportal.account.PortalSignIns;
import org.clinicportal.account.PortalUsers;
import org.clinicportal.account.PortalUser;
import org.clinicportal.system.Sessions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in holder changes their password: of their own accord (with the current one), or because
 * the account says so, in which case nothing else in the portal opens until it is done.
 */
@Controller
class PortalPasswordController {

	static final String VIEW_PASSWORD = "portal/changePassword";

	private final PortalPasswords passwords;

	private final PortalSignIns signIns;

	private final PortalUsers users;

	private final PasswordRules rules;

	private final Sessions sessions;

	PortalPasswordController(PortalPasswords passwords, PortalSignIns signIns, PortalUsers users, PasswordRules rules,
			Sessions sessions) {
		this.passwords = passwords;
		this.signIns = signIns;
		this.users = users;
		this.rules = rules;
		this.sessions = sessions;
	}

	@GetMapping(PortalPaths.PASSWORD)
	@PortalPage(PortalPage.NO_PATIENT)
	String initChangeForm(@RequestAttribute(PortalRequests.USER) PortalUser user, Model model) {
		model.addAttribute("form", PasswordForm.empty(null));
		return show(user, model);
	}

	@PostMapping(PortalPaths.PASSWORD)
	@PortalPage(PortalPage.NO_PATIENT)
	String processChangeForm(@RequestAttribute(PortalRequests.USER) PortalUser user,
			@ModelAttribute("form") PasswordForm form, BindingResult result, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		// a forced change follows a sign-in made since the flag was set (setting it ends open sessions),
		// so the password is not asked again
		if (!user.forcePasswordChange()) {
			if (form.currentPassword() == null || form.currentPassword().isEmpty()) {
				result.rejectValue("currentPassword", "portal.password.currentEmpty");
			}
			else if (!this.signIns.currentPasswordMatches(user.id(), form.currentPassword(), request.getRemoteAddr())) {
				result.rejectValue("currentPassword", "password.currentWrong");
			}
		}
		if (!this.rules.confirmed(form, result)
				|| !this.rules.accepted(() -> this.passwords.change(user.id(), form.newPassword()), result)) {
			return show(user, model);
		}
		// other sessions end before this one gets a new id: the store still knows it by the old one
		this.sessions.endOthers(user.principalName(), request.getSession().getId());
		request.changeSessionId();
		keepSignedIn(user.id(), request, response);
		redirect.addFlashAttribute("messageCode", "password.changed");
		return "redirect:" + PortalPaths.HOME;
	}

	private String show(PortalUser user, Model model) {
		model.addAttribute("forced", user.forcePasswordChange());
		this.rules.describe(model);
		return VIEW_PASSWORD;
	}

	/** This session stays signed in under the new password; any other session ends. */
	private void keepSignedIn(long accountId, HttpServletRequest request, HttpServletResponse response) {
		var signedIn = PortalAuthentication.current();
		var changedAt = this.users.user(accountId).orElseThrow().passwordChangedAt();
		Sessions.replaceSignIn(signedIn.withPasswordChangedAt(changedAt), request, response);
	}

}
