package org.clinicportal.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.credential.PasswordPolicy;
import org.clinicportal.credential.PasswordProblem;
import org.clinicportal.credential.PasswordTokens;
import org.clinicportal.credential.TokenPurpose;
import org.clinicportal.system.Sessions;
import org.clinicportal.system.Usernames;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A portal account holder's own password: changing it, choosing it from an emailed link, and asking
 * for such a link. Every change goes through the one {@link PasswordPolicy} and voids all links.
 */
@Service
@Transactional
public class PortalPasswords {

	private static final List<TokenPurpose> LINKS = List.of(TokenPurpose.SET_PASSWORD, TokenPurpose.RESET_PASSWORD);

	private final PortalAccountRepository accounts;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final PasswordTokens tokens;

	private final Sessions sessions;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	PortalPasswords(PortalAccountRepository accounts, PasswordPolicy policy, PasswordEncoder encoder,
			PasswordTokens tokens, Sessions sessions, ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.policy = policy;
		this.encoder = encoder;
		this.tokens = tokens;
		this.sessions = sessions;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The holder chooses a new password (signed in). Ending the holder's other sessions is the
	 * caller's job, since only the caller knows which session to keep.
	 * @return what is wrong with it; empty when it was changed
	 */
	public List<PasswordProblem> change(long accountId, String password) {
		PortalAccount account = this.accounts.findById(accountId).orElseThrow();
		List<PasswordProblem> problems = check(account, password);
		if (problems.isEmpty()) {
			setPassword(account, password);
		}
		return problems;
	}

	/**
	 * The account an emailed link (set-password or reset) is for, while the link still works and the
	 * account is enabled.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> linkHolder(String token) {
		return LINKS.stream()
			.flatMap((purpose) -> this.tokens.peek(token, purpose).stream())
			.findFirst()
			.filter((accountId) -> this.accounts.findById(accountId).filter(PortalAccount::isEnabled).isPresent());
	}

	/**
	 * Sets the password from an emailed link, using the link up; every session of the account ends.
	 * @return what is wrong with the password, or empty when it was set
	 * @throws InvalidLinkException when the link is unknown, used, expired or superseded
	 */
	public List<PasswordProblem> setFromLink(String token, String password) {
		long accountId = linkHolder(token).orElseThrow(InvalidLinkException::new);
		PortalAccount account = this.accounts.findById(accountId).orElseThrow(InvalidLinkException::new);
		List<PasswordProblem> problems = check(account, password);
		if (!problems.isEmpty()) {
			return problems;
		}
		// consumed only now, so that a refused password leaves the link usable for another try
		LINKS.stream()
			.flatMap((purpose) -> this.tokens.consume(token, purpose).stream())
			.filter((holder) -> holder == accountId)
			.findFirst()
			.orElseThrow(InvalidLinkException::new);
		setPassword(account, password);
		this.sessions.endAll(account.principalName());
		return problems;
	}

	/**
	 * Has a reset link valid for an hour emailed, through the outbox, to an enabled account with an email
	 * address. Nothing tells the asker whether that happened.
	 * @return the account the link went to, if one did
	 */
	public Optional<Long> requestReset(String username) {
		var found = this.accounts.findByUsernameKey(Usernames.normalize(username))
			.filter((account) -> account.isEnabled() && account.getEmail() != null);
		found.ifPresent((account) -> this.events.publishEvent(new PasswordResetRequested(account.getId())));
		return found.map(PortalAccount::getId);
	}

	private List<PasswordProblem> check(PortalAccount account, String password) {
		return this.policy.checkReplacement(password, account.getPasswordHash(), account.getUsername(),
				account.getFirstName(), account.getLastName(), account.getFullName());
	}

	private void setPassword(PortalAccount account, String password) {
		Instant now = Instant.now(this.clock);
		account.setChosenPassword(this.encoder.encode(password), now);
		this.accounts.flush();
		this.tokens.voidAll(account.getId());
		this.audit.record(PortalUser.PRINCIPAL_PREFIX + account.getUsernameKey(), AuditAction.PORTAL_PASSWORD_CHANGED,
				null, null, AuditTrail.currentRemoteAddress());
	}

	/** An emailed link that no longer works: unknown, used, expired or superseded by a newer one. */
	public static class InvalidLinkException extends RuntimeException {

		InvalidLinkException() {
			super("The link is no longer valid");
		}

	}

}
