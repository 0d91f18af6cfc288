package org.clinicportal.account;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.clinicportal.credential.SecretSealer;
import org.clinicportal.credential.TemporaryPassword;
import org.clinicportal.patient.PatientDirectory;
import org.clinicportal.patient.PatientSummary;
import org.clinicportal.system.ClinicProperties;
import org.clinicportal.system.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Patient Portal Account Setup page of a patient, reached from the dashboard's Configure Account
 * and the demographics' Patient Portal Account. Clinicians may look; front desk and administrators
 * may change.
 */
@Controller
@RequestMapping("/staff/patients/{patientId}/portal-account")
class AccountSetupController {

	static final String VIEW_SETUP = "account/portalAccountSetup";

	static final String VIEW_DELETE = "account/confirmDelete";

	private static final String MAY_CHANGE = "hasAnyRole('ADMIN','FRONT_DESK')";

	private final PatientDirectory patients;

	private final PortalAccounts accounts;

	private final PortalAccountRules rules;

	private final SecretSealer sealer;

	private final ClinicProperties clinic;

	private final MessageSource messages;

	private final Validator validator;

	private final PortalSections sections;

	private final AccessTerms terms;

	AccountSetupController(PatientDirectory patients, PortalAccounts accounts, PortalAccountRules rules,
			SecretSealer sealer, ClinicProperties clinic, MessageSource messages, Validator validator,
			PortalSections sections, AccessTerms terms) {
		this.terms = terms;
		this.validator = validator;
		this.sections = sections;
		this.patients = patients;
		this.accounts = accounts;
		this.rules = rules;
		this.sealer = sealer;
		this.clinic = clinic;
		this.messages = messages;
	}

	@ModelAttribute("patient")
	PatientSummary patient(@PathVariable long patientId) {
		return this.patients.find(patientId).orElseThrow(NotFoundException::new);
	}

	@ModelAttribute("allSections")
	List<PortalSection> allSections() {
		return this.sections.all();
	}

	/** A new account's form, which starts with the sections of a new Self grant; a post binds onto it. */
	@ModelAttribute("form")
	PortalAccountForm newForm() {
		var form = new PortalAccountForm();
		form.applyDefaults(this.sections);
		return form;
	}

	@ModelAttribute("accessTypes")
	AccessType[] accessTypes() {
		return AccessType.values();
	}

	@ModelAttribute("relationships")
	Relationship[] relationships() {
		return Relationship.values();
	}

	@ModelAttribute("bases")
	RepresentativeBasis[] bases() {
		return RepresentativeBasis.values();
	}

	/** The form, or a new one prefilled from the address (as approving a patient's request does). */
	@GetMapping
	String initSetupForm(@PathVariable long patientId, @RequestParam(name = "account", required = false) Long accountId,
			@ModelAttribute("form") PortalAccountForm prefilled, Model model, HttpServletResponse response) {
		if (accountId != null) {
			AccessGrant grant = this.accounts.grant(patientId, accountId);
			var form = PortalAccountForm.of(grant.getAccount(), grant);
			this.terms.find(patientId, accountId).ifPresent(form::setTerms);
			model.addAttribute("form", form);
			model.addAttribute("selected", grant.getAccount());
		}

		showCredentials(patientId, model, response);
		return setupPage(patientId, model);
	}

	// a request naming both buttons, which no browser sends, is a save: the wand would overwrite what was typed
	@PostMapping(params = { "wand", "!save" })
	String loadPatientInformation(@PathVariable long patientId, @ModelAttribute("form") PortalAccountForm form,
			@ModelAttribute("patient") PatientSummary patient, Model model) {
		if (patient.email() != null) {
			form.setUsername(patient.email());
		}
		form.setFirstName(patient.firstName());
		form.setLastName(patient.lastName());
		form.setAccessType(AccessType.SELF);
		if (form.isNew()) {
			form.applyDefaults(this.sections);
		}
		if (patient.email() == null) {
			model.addAttribute("error", message("account.wand.noEmail"));
		}
		return setupPage(patientId, model);
	}

	@PostMapping(params = "save")
	@PreAuthorize(MAY_CHANGE)
	String processSetupForm(@PathVariable long patientId, @ModelAttribute("form") PortalAccountForm form,
			BindingResult result, @ModelAttribute("patient") PatientSummary patient, Authentication staff, Model model,
			RedirectAttributes redirect) {
		this.rules.defaultNamesOfExistingLogin(form);
		if (form.getAccessType() == AccessType.SELF) {
			form.defaultNames(patient.firstName(), patient.lastName());
		}
		this.validator.validate(form, result);
		if (form.defaultsAreStale() && !result.hasFieldErrors("accessType")) {
			form.applyDefaults(this.sections);
			model.addAttribute("error", message("account.permissions.defaultsApplied." + form.getAccessType()));
			return setupPage(patientId, model);
		}
		this.terms.check(patientId, form.getAccessType(), form.getPermissions(), form.terms(), result);
		this.rules.check(patientId, form, result);
		if (result.hasErrors()) {
			return setupPage(patientId, model);
		}
		PortalAccounts.Saved saved;
		try {
			saved = this.accounts.save(patientId, form, staff.getName());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			result.reject("conflict");
			return setupPage(patientId, model);
		}
		this.terms.save(patientId, saved.accountId(), form.getAccessType(), form.terms());
		if (saved.credentials() != null) {
			redirect.addFlashAttribute(CredentialFlash.ATTRIBUTE, saved.credentials());
		}
		redirect.addFlashAttribute("message", message("account.saved." + saved.kind(), saved.username()));
		return "redirect:/staff/patients/" + patientId + "/portal-account?account=" + saved.accountId();
	}

	@PostMapping("/{accountId}/reset-password")
	@PreAuthorize(MAY_CHANGE)
	String resetPassword(@PathVariable long patientId, @PathVariable long accountId, RedirectAttributes redirect) {
		CredentialFlash credentials = this.accounts.resetPassword(patientId, accountId);
		redirect.addFlashAttribute(CredentialFlash.ATTRIBUTE, credentials);
		redirect.addFlashAttribute("message", message("account.passwordReset", credentials.username()));
		return "redirect:/staff/patients/" + patientId + "/portal-account?account=" + accountId;
	}

	@GetMapping("/{accountId}/delete")
	@PreAuthorize(MAY_CHANGE)
	String confirmDelete(@PathVariable long patientId, @PathVariable long accountId, Model model) {
		AccessGrant grant = this.accounts.grant(patientId, accountId);
		model.addAttribute("account", grant.getAccount());
		model.addAttribute("lastGrant", grant.getAccount().getGrants().size() == 1);
		return VIEW_DELETE;
	}

	@PostMapping("/{accountId}/delete")
	@PreAuthorize(MAY_CHANGE)
	String delete(@PathVariable long patientId, @PathVariable long accountId, RedirectAttributes redirect) {
		String username = this.accounts.grant(patientId, accountId).getAccount().getUsername();
		boolean accountDeleted = this.accounts.delete(patientId, accountId);
		redirect.addFlashAttribute("message",
				message(accountDeleted ? "account.deleted" : "account.accessRemoved", username));
		return "redirect:/staff/patients/" + patientId + "/portal-account";
	}

	private String setupPage(long patientId, Model model) {
		model.addAttribute("grants", this.accounts.grantsOf(patientId));
		model.addAttribute("accessSummaries", this.terms.summaries(patientId));
		return VIEW_SETUP;
	}

	/** Turns the one-time flash from a save or Reset Pwd into the Credentials panel, and never caches it. */
	private void showCredentials(long patientId, Model model, HttpServletResponse response) {
		Map<String, Object> attributes = model.asMap();
		if (!(attributes.get(CredentialFlash.ATTRIBUTE) instanceof CredentialFlash flash)) {
			return;
		}
		response.setHeader("Cache-Control", "no-store");
		String password = this.sealer.open(flash.password());
		if (password == null) {
			model.addAttribute("error", message("account.credentials.unreadable"));
			return;
		}
		var temporary = new TemporaryPassword(password);
		String portal = this.clinic.baseUrl() + "/portal";
		LocalDate expiresOn = (flash.expiresAt() != null) ? LocalDate.ofInstant(flash.expiresAt(), this.clinic.zone())
				: null;
		String afterwards = flash.mustChange() ? message("account.credentials.mustChange", expiresOn)
				: message("account.credentials.keep");
		String text = message("account.credentials.text", this.clinic.name(), portal, flash.username(),
				temporary.grouped(), afterwards);
		model.addAttribute("credentialMessage", new CredentialMessage(portal, flash.username(), temporary.value(),
				temporary.grouped(), flash.mustChange(), expiresOn, text));
		this.accounts.credentialsShown(patientId, flash.username());
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
