package org.clinicportal.portal;

import java.util.List;
import java.util.function.Supplier;

import org.clinicportal.credential.PasswordPolicy;
import org.clinicportal.credential.PasswordProblem;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** Turns password problems into messages beside the fields, the same on every portal password page. */
@Component
class PasswordRules {

	private final PasswordPolicy policy;

	PasswordRules(PasswordPolicy policy) {
		this.policy = policy;
	}

	/** The page's hint and the meter's target length. */
	void describe(Model model) {
		model.addAttribute("minLength", this.policy.minLength());
		model.addAttribute("maxLength", this.policy.maxLength());
	}

	/** Rejects an empty or unconfirmed new password; whether the form may go on. */
	boolean confirmed(PasswordForm form, BindingResult result) {
		if (form.newPasswordOrEmpty().isEmpty()) {
			result.rejectValue("newPassword", "portal.password.empty");
		}
		else if (!form.confirmed()) {
			result.rejectValue("confirmPassword", "password.mismatch");
		}
		return !result.hasErrors();
	}

	/**
	 * Runs a password change and puts each problem beside the new password; whether there were none.
	 * When the account changed at the same moment (the form sent twice, staff saving it), nothing was
	 * saved, and the message says to try again.
	 */
	boolean accepted(Supplier<List<PasswordProblem>> change, BindingResult result) {
		List<PasswordProblem> problems;
		try {
			problems = change.get();
		}
		catch (OptimisticLockingFailureException ex) {
			result.rejectValue("newPassword", "portal.password.conflict");
			return false;
		}
		problems.forEach((problem) -> result.rejectValue("newPassword", problem.messageCode(),
				this.policy.messageArguments(), null));
		return problems.isEmpty();
	}

}
