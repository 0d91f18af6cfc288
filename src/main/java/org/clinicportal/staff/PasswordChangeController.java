package org.clinicportal.staff;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.clinicportal.credential.PasswordPolicy;
import org.clinicportal.credential.PasswordProblem;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
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

	private final PasswordPolicy policy;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	PasswordChangeController(StaffAccounts accounts, PasswordPolicy policy) {
		this.accounts = accounts;
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
				&& !this.accounts.currentPasswordMatches(me.getName(), form.currentPassword())) {
			result.rejectValue("currentPassword", "password.currentWrong");
		}
		if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("confirmPassword")
				&& !form.newPassword().equals(form.confirmPassword())) {
			result.rejectValue("confirmPassword", "password.mismatch");
		}
		if (result.hasErrors()) {
			return VIEW_CHANGE;
		}
		List<PasswordProblem> problems = this.accounts.changeOwnPassword(me.getName(), form.newPassword());
		if (!problems.isEmpty()) {
			problems.forEach((problem) -> result.rejectValue("newPassword", problem.messageCode(),
					this.policy.messageArguments(), null));
			return VIEW_CHANGE;
		}
		releaseGate(me, request, response);
		redirect.addFlashAttribute("messageCode", "password.changed");
		return "redirect:/staff/patients";
	}

	/** The signed-in user no longer has to change their password: drop that mark from the session. */
	private void releaseGate(Authentication me, HttpServletRequest request, HttpServletResponse response) {
		var authorities = me.getAuthorities()
			.stream()
			.filter((a) -> !StaffUserDetailsService.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()))
			.collect(Collectors.toList());
		var updated = UsernamePasswordAuthenticationToken.authenticated(me.getPrincipal(), null, authorities);
		updated.setDetails(me.getDetails());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(updated);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
