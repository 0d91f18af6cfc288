package org.clinicportal.staff;

import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.clinicportal.credential.SecretSealer;
import org.clinicportal.credential.TwoStep;
import org.clinicportal.credential.TemporaryPassword;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Staff Users page for administrators: create, edit roles, disable, reset password, unlock. */
@Controller
@RequestMapping("/staff/users")
@PreAuthorize("hasRole('ADMIN')")
class StaffUsersController {

	static final String VIEW_LIST = "staff/staffUsers";

	static final String VIEW_FORM = "staff/staffUserForm";

	private final StaffUserRepository users;

	private final StaffAccounts accounts;

	private final SecretSealer sealer;

	private final Clock clock;

	private final TwoStep twoStep;

	StaffUsersController(StaffUserRepository users, StaffAccounts accounts, SecretSealer sealer, TwoStep twoStep,
			Clock clock) {
		this.twoStep = twoStep;
		this.users = users;
		this.accounts = accounts;
		this.sealer = sealer;
		this.clock = clock;
	}

	@ModelAttribute("allRoles")
	StaffRole[] allRoles() {
		return StaffRole.values();
	}

	/** For telling which users failed sign-ins have locked. */
	@ModelAttribute("now")
	Instant now() {
		return Instant.now(this.clock);
	}

	@GetMapping
	String showStaffUsers(Model model) {
		model.addAttribute("users", this.users.findAllByOrderByFullNameAsc());
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", new StaffUserForm());
		return VIEW_FORM;
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") StaffUserForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("username") && this.accounts.usernameTaken(form.getUsername())) {
			result.rejectValue("username", "staff.username.taken");
		}
		if (result.hasErrors()) {
			return VIEW_FORM;
		}
		var credentials = this.accounts.create(form.getUsername(), form.getFullName(), form.getRoles());
		redirect.addFlashAttribute(StaffAccounts.NewCredentials.ATTRIBUTE, credentials);
		redirect.addFlashAttribute("messageCode", "staff.created");
		return "redirect:/staff/users/" + credentials.userId();
	}

	@GetMapping("/{id}")
	String initUpdateForm(@PathVariable long id, Model model, HttpServletResponse response) {
		StaffUser user = this.accounts.get(id);
		showCredentials(model, response);
		model.addAttribute("form", StaffUserForm.of(user));
		model.addAttribute("user", user);
		model.addAttribute("twoStep", this.twoStep.methods(user.getUsername()));
		return VIEW_FORM;
	}

	@PostMapping("/{id}")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") StaffUserForm form,
			BindingResult result, Authentication me, HttpSession session, Model model, RedirectAttributes redirect) {
		StaffUser user = this.accounts.get(id);
		if (!result.hasFieldErrors("roles") && this.accounts.wouldRemoveLastAdmin(id, form.getRoles(), form.isEnabled())) {
			result.reject("staff.lastAdmin");
		}
		else if (user.getUsername().equals(me.getName()) && !form.isEnabled()) {
			result.rejectValue("enabled", "staff.disableSelf");
		}
		if (result.hasErrors()) {
			model.addAttribute("user", user);
			return VIEW_FORM;
		}
		try {
			this.accounts.update(id, form.getVersion(), form.getFullName(), form.getRoles(), form.isEnabled(),
					session.getId());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			result.reject("conflict");
			model.addAttribute("user", user);
			return VIEW_FORM;
		}
		redirect.addFlashAttribute("messageCode", "staff.saved");
		return "redirect:/staff/users/" + id;
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute(StaffAccounts.NewCredentials.ATTRIBUTE, this.accounts.resetPassword(id));
		redirect.addFlashAttribute("messageCode", "staff.passwordReset");
		return "redirect:/staff/users/" + id;
	}

	@PostMapping("/{id}/reset-two-step")
	String resetTwoStep(@PathVariable long id, RedirectAttributes redirect) {
		this.accounts.resetTwoStep(id);
		redirect.addFlashAttribute("messageCode", "staff.twoStep.wasReset");
		return "redirect:/staff/users/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		this.accounts.unlock(id);
		redirect.addFlashAttribute("messageCode", "staff.unlocked");
		return "redirect:/staff/users/" + id;
	}

	/** Opens the sealed password of a create or reset for this one page view, which is never cached. */
	private void showCredentials(Model model, HttpServletResponse response) {
		if (!(model.getAttribute(StaffAccounts.NewCredentials.ATTRIBUTE) instanceof StaffAccounts.NewCredentials sealed)) {
			return;
		}
		response.setHeader("Cache-Control", "no-store");
		String password = this.sealer.open(sealed.password());
		if (password == null) {
			model.addAttribute("messageCode", "staff.credentials.unreadable");
			return;
		}
		model.addAttribute("credentials", new ShownCredentials(sealed.username(), new TemporaryPassword(password)));
	}

	/** A new temporary password as the page shows it, once. */
	record ShownCredentials(String username, TemporaryPassword password) {
	}

}
