package org.clinicportal.staff;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.clinicportal.credential.PasswordPolicy;
import org.clinicportal.credential.PasswordProblem;
import org.clinicportal.system.Sessions;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A staff user changes their own password (and must, after an administrator set one). */
@Controller
class PasswordChangeController {

	static final String VIEW_CHANGE = "staff/changePassword";

	private final StaffAccounts accounts;

	private final StaffSignIns signIns;

	private final PasswordPolicy policy;

	PasswordChangeController(StaffAccounts accounts, StaffSignIns signIns, PasswordPolicy policy) {
		this.accounts = accounts;
		this.signIns = signIns;
		this.policy = policy;
	}

	@ModelAttribute("minLength")
	int minLength() {
		return this.policy.minLength();
	}

	@GetMapping(StaffSecurityConfiguration.CHANGE_PASSWORD)
	String initChangeForm(org.springframework.ui.Model model) {
		model.addAttribute("form", PasswordChangeForm.empty());
		return VIEW_CHANGE;
	}

	@PostMapping(StaffSecurityConfiguration.CHANGE_PASSWORD)
	String processChangeForm(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult result,
			Authentication me, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("currentPassword")
				&& !this.signIns.currentPasswordMatches(me.getName(), form.currentPassword(), request.getRemoteAddr())) {
			result.rejectValue("currentPassword", "password.currentWrong");
		}
		if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("confirmPassword")
				&& !form.newPassword().equals(form.confirmPassword())) {
			result.rejectValue("confirmPassword", "password.mismatch");
		}
		if (result.hasErrors()) {
			return VIEW_CHANGE;
		}
		List<PasswordProblem> problems = this.accounts.changeOwnPassword(me.getName(), form.newPassword(),
				request.getSession().getId());
		if (!problems.isEmpty()) {
			problems.forEach((problem) -> result.rejectValue("newPassword", problem.messageCode(),
					this.policy.messageArguments(), null));
			return VIEW_CHANGE;
		}
		keepThisSession(me, request, response);
		redirect.addFlashAttribute("messageCode", "password.changed");
		return "redirect:/staff/patients";
	}

	/**
	 * This session goes on with the new password (and without the mark that sent it here), while the
	 * user's other sessions, signed in with the old one, have ended.
	 */
	private void keepThisSession(Authentication me, HttpServletRequest request, HttpServletResponse response) {
		if (!(me instanceof StaffSignIn signedIn)) {
			return;
		}
		this.signIns.standing(me.getName())
			.ifPresent((standing) -> Sessions.replaceSignIn(signedIn.refreshed(standing), request, response));
	}

}
