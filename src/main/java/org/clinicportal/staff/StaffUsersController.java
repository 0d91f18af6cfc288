package org.clinicportal.staff;

import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Staff Users page for administrators: create, edit roles, disable, reset password. */
@Controller
@RequestMapping("/staff/users")
@PreAuthorize("hasRole('ADMIN')")
class StaffUsersController {

	static final String VIEW_LIST = "staff/staffUsers";

	static final String VIEW_FORM = "staff/staffUserForm";

	private final StaffUserRepository users;

	private final StaffAccounts accounts;

	StaffUsersController(StaffUserRepository users, StaffAccounts accounts) {
		this.users = users;
		this.accounts = accounts;
	}

	@ModelAttribute("allRoles")
	StaffRole[] allRoles() {
		return StaffRole.values();
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
		redirect.addFlashAttribute("credentials", credentials);
		redirect.addFlashAttribute("messageCode", "staff.created");
		return "redirect:/staff/users/" + credentials.userId();
	}

	@GetMapping("/{id}")
	String initUpdateForm(@PathVariable long id, Model model) {
		StaffUser user = this.accounts.get(id);
		model.addAttribute("form", StaffUserForm.of(user));
		model.addAttribute("user", user);
		return VIEW_FORM;
	}

	@PostMapping("/{id}")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") StaffUserForm form,
			BindingResult result, @AuthenticationPrincipal UserDetails me, Model model, RedirectAttributes redirect) {
		StaffUser user = this.accounts.get(id);
		if (!result.hasFieldErrors("roles") && this.accounts.wouldRemoveLastAdmin(id, form.getRoles(), form.isEnabled())) {
			result.reject("staff.lastAdmin");
		}
		else if (user.getUsername().equals(me.getUsername()) && !form.isEnabled()) {
			result.rejectValue("enabled", "staff.disableSelf");
		}
		if (result.hasErrors()) {
			model.addAttribute("user", user);
			return VIEW_FORM;
		}
		try {
			this.accounts.update(id, form.getVersion(), form.getFullName(), form.getRoles(), form.isEnabled());
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
		redirect.addFlashAttribute("credentials", this.accounts.resetPassword(id));
		redirect.addFlashAttribute("messageCode", "staff.passwordReset");
		return "redirect:/staff/users/" + id;
	}

}
