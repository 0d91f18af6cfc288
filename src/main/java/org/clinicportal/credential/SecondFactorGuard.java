package org.clinicportal.credential;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.clinicportal.credential.SignInAttempt.Result;

import org.springframework.stereotype.Service;

/**
 * The sign-in protection of the factors after or instead of the password: a passkey signs its holder
 * in if the account may sign in at all, and a second-step code counts toward the lock when wrong, as
 * a wrong password does ({@link SignInGuard}).
 */
@Service
public class SecondFactorGuard {

	private final SignInRecords records;

	private final Clock clock;

	SecondFactorGuard(SignInRecords records, Clock clock) {
		this.records = records;
		this.clock = clock;
	}

	/**
	 * Signs in the holder of a passkey that checked out (both factors at once): the account must still
	 * exist, be enabled and not be locked. Recorded like a password sign-in, "with a passkey".
	 */
	public SignInAttempt passkey(SignInAccounts accounts, long accountId, String address) {
		Optional<StoredPassword> found = accounts.find(accountId);
		if (found.isEmpty()) {
			return SignInAttempt.refused(Result.UNKNOWN_USERNAME, null, null);
		}
		StoredPassword account = found.get();
		SignInAttempt attempt;
		if (account.lockedAt(Instant.now(this.clock))) {
			attempt = SignInAttempt.refused(Result.LOCKED, accountId, account.lockedUntil());
		}
		else if (!account.enabled()) {
			attempt = SignInAttempt.refused(Result.DISABLED, accountId, null);
		}
		else {
			attempt = new SignInAttempt(Result.SIGNED_IN, accountId, account.mustChange(), account.changedAt(), null);
		}
		return this.records.record(accounts, attempt, accounts.door().actor(account.usernameKey()), address, "with a passkey");
	}

	/**
	 * Checks the code a holder gives at the second step, after the password (an authenticator app's
	 * code or a recovery code, checked by {@code check}): a locked account is refused without looking
	 * at it, and a wrong code counts toward the lock exactly as a wrong password does.
	 */
	public boolean secondStep(SignInAccounts accounts, long accountId, String address, BooleanSupplier check) {
		return this.records.confirm(accounts, accountId, address, Result.WRONG_CODE, (account) -> check.getAsBoolean());
	}

}
