package org.clinicportal.account;

import java.util.Optional;

import org.clinicportal.system.Usernames;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** The rules of the setup form that concern more than one field or other accounts. */
@Component
@Transactional(readOnly = true)
class PortalAccountRules {

	private final PortalAccountRepository accounts;

	private final PortalSections sections;

	PortalAccountRules(PortalAccountRepository accounts, PortalSections sections) {
		this.accounts = accounts;
		this.sections = sections;
	}

	void check(long patientId, PortalAccountForm form, Errors errors) {
		if (!errors.hasFieldErrors("username")) {
			checkUsername(patientId, form, errors);
		}
		if (!errors.hasFieldErrors("accessType") && form.getAccessType() == AccessType.SELF) {
			checkSelf(patientId, form, errors);
		}
		if (!this.sections.unknown(form.getPermissions()).isEmpty()) {
			errors.rejectValue("permissions", "account.permissions.unknown");
		}
	}

	/** A new form naming an existing login links it, which keeps its names: blank ones are filled with them. */
	void defaultNamesOfExistingLogin(PortalAccountForm form) {
		if (form.isNew() && form.getUsername() != null) {
			this.accounts.findByUsernameKey(Usernames.normalize(form.getUsername()))
				.ifPresent((login) -> form.defaultNames(login.getFirstName(), login.getLastName()));
		}
	}

	private void checkUsername(long patientId, PortalAccountForm form, Errors errors) {
		String key = Usernames.normalize(form.getUsername());
		if (Usernames.looksLikeEmail(key)) {
			if (!Usernames.isEmail(key)) {
				errors.rejectValue("username", "account.username.badEmail");
				return;
			}
		}
		else if (!key.matches(Usernames.PLAIN)) {
			errors.rejectValue("username", "account.username.invalid");
			return;
		}
		Optional<PortalAccount> holder = this.accounts.findByUsernameKey(key);
		if (holder.isEmpty()) {
			return;
		}
		if (form.isNew() && holder.get().grantFor(patientId).isPresent()) {
			errors.rejectValue("username", "account.username.duplicate");
		}
		else if (!form.isNew() && !holder.get().getId().equals(form.getAccountId())) {
			errors.rejectValue("username", "account.username.taken");
		}
	}

	private void checkSelf(long patientId, PortalAccountForm form, Errors errors) {
		long accountId = (form.getAccountId() != null) ? form.getAccountId()
				: this.accounts.findByUsernameKey(Usernames.normalize(form.getUsername()))
					.map(PortalAccount::getId)
					.orElse(-1L);
		if (this.accounts.patientHasOtherSelfAccount(patientId, accountId)) {
			errors.rejectValue("accessType", "account.self.exists");
			return;
		}
		this.accounts.findById(accountId)
			.filter((account) -> account.holdsSelfGrantOtherThan(patientId))
			.ifPresent((account) -> errors.rejectValue("accessType", "account.self.elsewhere"));
	}

}
