package org.clinicportal.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditDetail;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.credential.PasswordTokens;
import org.clinicportal.credential.SecretSealer;
import org.clinicportal.credential.TemporaryPassword;
import org.clinicportal.credential.TemporaryPasswordGenerator;
import org.clinicportal.system.NotFoundException;
import org.clinicportal.system.Sessions;
import org.clinicportal.system.Usernames;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, linking, changing and removing portal accounts; every step is in the audit trail. */
@Service
@Transactional
class PortalAccounts {

	private final PortalAccountRepository accounts;

	private final TemporaryPasswordGenerator generator;

	private final PasswordEncoder encoder;

	private final PasswordTokens tokens;

	private final SecretSealer sealer;

	private final Sessions sessions;

	private final AuditTrail audit;

	private final Clock clock;

	private final Duration temporaryPasswordValidity;

	private final ApplicationEventPublisher events;

	private final PatientReach reach;

	PortalAccounts(PortalAccountRepository accounts, TemporaryPasswordGenerator generator, PasswordEncoder encoder,
			PasswordTokens tokens, SecretSealer sealer, Sessions sessions, AuditTrail audit, Clock clock,
			@Value("${clinic.portal.temporary-password-validity:7d}") Duration temporaryPasswordValidity,
			ApplicationEventPublisher events, PatientReach reach) {
		this.reach = reach;
		this.events = events;
		this.accounts = accounts;
		this.generator = generator;
		this.encoder = encoder;
		this.tokens = tokens;
		this.sealer = sealer;
		this.sessions = sessions;
		this.audit = audit;
		this.clock = clock;
		this.temporaryPasswordValidity = temporaryPasswordValidity;
	}

	@Transactional(readOnly = true)
	List<AccessGrant> grantsOf(long patientId) {
		return this.accounts.findGrantsOfPatient(patientId);
	}

	/** The account and its grant for the patient; not found when the account has no access to the patient. */
	@Transactional(readOnly = true)
	AccessGrant grant(long patientId, long accountId) {
		return this.accounts.findById(accountId)
			.flatMap((account) -> account.grantFor(patientId))
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * Saves the form for the patient: creates a new account, links an existing one found by its
	 * username, or changes the selected one. The form has passed {@link PortalAccountRules}.
	 * @throws ObjectOptimisticLockingFailureException when the account was saved by someone else since the form was read
	 */
	Saved save(long patientId, PortalAccountForm form, String staff) {
		Instant now = Instant.now(this.clock);
		if (!form.isNew()) {
			return update(patientId, form, now);
		}
		var existing = this.accounts.findByUsernameKey(Usernames.normalize(form.getUsername()));
		if (existing.isPresent()) {
			PortalAccount account = existing.get();
			account.grant(patientId, form.getAccessType(), form.getPermissions(), staff, now);
			this.accounts.flush();
			this.reach.refresh(List.of(account.getId()));
			this.audit.record(AuditAction.PORTAL_ACCOUNT_LINKED, patientId, describe(account, form));
			return new Saved(account.getId(), Saved.Kind.LINKED, account.getUsername(), null);
		}
		var account = new PortalAccount(form.getUsername(), form.getFirstName(), form.getLastName(), now);
		TemporaryPassword password = this.generator.generate();
		account.setGeneratedPassword(this.encoder.encode(password.value()), form.isForcePasswordChange(), expiry(now), now);
		account.grant(patientId, form.getAccessType(), form.getPermissions(), staff, now);
		this.accounts.saveAndFlush(account);
		this.reach.refresh(List.of(account.getId()));
		this.audit.record(AuditAction.PORTAL_ACCOUNT_CREATED, patientId, describe(account, form));
		this.events.publishEvent(new PortalAccountCreated(account.getId(), patientId));
		return new Saved(account.getId(), Saved.Kind.CREATED, account.getUsername(), credentials(account, password));
	}

	private Saved update(long patientId, PortalAccountForm form, Instant now) {
		AccessGrant grant = grant(patientId, form.getAccountId());
		PortalAccount account = grant.getAccount();
		if (account.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(PortalAccount.class, account.getId());
		}
		var changed = new ArrayList<String>();
		note(changed, "username", account.getUsername(), form.getUsername().strip());
		note(changed, "first name", account.getFirstName(), form.getFirstName().strip());
		note(changed, "last name", account.getLastName(), form.getLastName().strip());
		note(changed, "force password change", account.isForcePasswordChange(), form.isForcePasswordChange());
		note(changed, "access type", grant.getAccessType(), form.getAccessType());
		boolean permissionsChanged = !grant.getPermissions().equals(form.getPermissions());
		String before = grant.getPermissions().toString();
		String usernameBefore = account.getUsernameKey();
		boolean forcedNow = form.isForcePasswordChange() && !account.isForcePasswordChange();
		account.rename(form.getUsername(), form.getFirstName(), form.getLastName(), now);
		account.requirePasswordChange(form.isForcePasswordChange(), expiry(now), now);
		grant.change(form.getAccessType(), form.getPermissions());
		account.touch(now);
		this.accounts.flush();
		if (!account.getUsernameKey().equals(usernameBefore)) {
			this.tokens.voidAll(account.getId()); // they went to the old address
		}
		if (forcedNow) {
			// the change page asks no current password: only a sign-in after this may reach it
			this.sessions.endAll(account.principalName());
		}
		this.audit.recordCoded(AuditAction.PORTAL_ACCOUNT_UPDATED, patientId, changed.isEmpty()
				? AuditDetail.of("audit.detail.unchanged", account.getUsername())
				: AuditDetail.of("audit.detail.accountChanged", account.getUsername(), String.join(", ", changed)));
		if (permissionsChanged) {
			this.audit.record(AuditAction.PORTAL_PERMISSIONS_CHANGED, patientId,
					account.getUsername() + ": " + before + " -> " + grant.getPermissions());
		}
		return new Saved(account.getId(), Saved.Kind.UPDATED, account.getUsername(), null);
	}

	/** Reset Pwd: a new temporary password that must be changed; earlier links and open sessions end. */
	CredentialFlash resetPassword(long patientId, long accountId) {
		PortalAccount account = grant(patientId, accountId).getAccount();
		Instant now = Instant.now(this.clock);
		TemporaryPassword password = this.generator.generate();
		account.setGeneratedPassword(this.encoder.encode(password.value()), true, expiry(now), now);
		this.accounts.flush();
		this.tokens.voidAll(accountId);
		this.sessions.endAll(account.principalName());
		this.audit.record(AuditAction.PORTAL_PASSWORD_RESET, patientId, account.getUsername());
		this.events.publishEvent(new PortalPasswordRenewed(accountId));
		return credentials(account, password);
	}

	/**
	 * Delete: removes the account's access to the patient, and the account itself when it has no
	 * access left. Its open portal sessions end.
	 * @return whether the account itself was deleted
	 */
	boolean delete(long patientId, long accountId) {
		AccessGrant grant = grant(patientId, accountId);
		PortalAccount account = grant.getAccount();
		account.revoke(grant, Instant.now(this.clock));
		this.sessions.endAll(account.principalName());
		if (account.getGrants().isEmpty()) {
			this.accounts.delete(account);
			this.audit.record(AuditAction.PORTAL_ACCOUNT_DELETED, patientId, account.getUsername());
			return true;
		}
		this.accounts.flush();
		this.reach.refresh(List.of(account.getId()));
		this.audit.record(AuditAction.PORTAL_ACCESS_REMOVED, patientId, account.getUsername());
		return false;
	}

	/** Records that staff were shown an account's credentials. */
	void credentialsShown(long patientId, String username) {
		this.audit.record(AuditAction.PORTAL_CREDENTIALS_SHOWN, patientId, username);
	}

	private CredentialFlash credentials(PortalAccount account, TemporaryPassword password) {
		return new CredentialFlash(account.getId(), account.getUsername(), this.sealer.seal(password.value()),
				account.isForcePasswordChange(), account.getPasswordExpiresAt());
	}

	private Instant expiry(Instant now) {
		return now.plus(this.temporaryPasswordValidity);
	}

	private static String describe(PortalAccount account, PortalAccountForm form) {
		return account.getUsername() + " as " + form.getAccessType() + " with " + form.getPermissions();
	}

	private static void note(List<String> changed, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changed.add(field);
		}
	}

	/** What a save did. */
	record Saved(long accountId, Kind kind, String username, CredentialFlash credentials) {

		enum Kind {

			CREATED, LINKED, UPDATED

		}

	}

}
