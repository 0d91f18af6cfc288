package org.clinicportal.account;

import java.util.function.BooleanSupplier;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.credential.JdbcSignInAccounts;
import org.clinicportal.credential.SignInAttempt;
import org.clinicportal.credential.SignInDoor;
import org.clinicportal.credential.SecondFactorGuard;
import org.clinicportal.credential.SignInGuard;
import org.clinicportal.credential.SignInTable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Portal sign-in: portal accounts behind the one {@link SignInGuard}.
 */
@Service
public class PortalSignIns {

	static final SignInDoor DOOR = new SignInDoor("portal", PortalUser.PRINCIPAL_PREFIX, AuditAction.PORTAL_SIGN_IN,
			AuditAction.PORTAL_SIGN_IN_FAILED, AuditAction.PORTAL_ACCOUNT_LOCKED);

	private static final SignInTable TABLE = new SignInTable("portal_account", "username_key",
			"force_password_change", "password_expires_at");

	private final JdbcSignInAccounts accounts;

	private final SignInGuard guard;

	private final SecondFactorGuard factors;

	private final AuditTrail audit;

	PortalSignIns(JdbcClient jdbc, SignInGuard guard, SecondFactorGuard factors, AuditTrail audit) {
		this.accounts = new JdbcSignInAccounts(jdbc, DOOR, TABLE);
		this.guard = guard;
		this.factors = factors;
		this.audit = audit;
	}

	/** Checks a username and password made from {@code address}, and records the attempt. */
	public SignInAttempt signIn(String username, String password, String address) {
		return this.guard.signIn(this.accounts, username, password, address);
	}

	/** Checks the current password a signed-in holder gives to change it (see {@link SignInGuard}). */
	public boolean currentPasswordMatches(long accountId, String password, String address) {
		return this.guard.currentPasswordMatches(this.accounts, accountId, password, address);
	}

	/** Signs in the holder of a passkey that checked out (see {@link SecondFactorGuard#passkey}). */
	public SignInAttempt passkey(long accountId, String address) {
		return this.factors.passkey(this.accounts, accountId, address);
	}

	/** Checks a second-step code, counting a wrong one toward the lock (see {@link SecondFactorGuard#secondStep}). */
	public boolean secondStep(long accountId, String address, BooleanSupplier check) {
		return this.factors.secondStep(this.accounts, accountId, address, check);
	}

	/** Lifts a lock (staff, in User Management) and starts the failure count afresh. */
	@Transactional
	public void unlock(long accountId) {
		if (this.accounts.unlock(accountId)) {
			this.audit.record(AuditAction.PORTAL_ACCOUNT_UNLOCKED, null, PortalUser.principalName(accountId));
		}
	}

}
