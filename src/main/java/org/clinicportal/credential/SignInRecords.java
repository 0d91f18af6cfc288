package org.clinicportal.credential;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

import org.clinicportal.audit.AuditDetail;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.credential.SignInAttempt.Result;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * What a sign-in attempt changes, written in one short transaction with its audit records: a
 * success starts the failure count afresh, a wrong password or code counts toward the lock
 * ({@link SignInGuard#lockFor}), and every refusal is audited with its reason in words.
 */
@Component
class SignInRecords {

	private final AuditTrail audit;

	private final TransactionOperations transactions;

	private final Clock clock;

	SignInRecords(AuditTrail audit, TransactionOperations transactions, Clock clock) {
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Confirms a signed-in holder with something only they should know or have (the current password,
	 * a second-step code): a locked account is refused without checking, and a wrong answer is recorded
	 * as {@code wrong}, counting toward the lock as a wrong password does.
	 */
	boolean confirm(SignInAccounts accounts, long accountId, String address, Result wrong,
			Predicate<StoredPassword> check) {
		Optional<StoredPassword> found = accounts.find(accountId);
		if (found.isEmpty()) {
			return false;
		}
		StoredPassword account = found.get();
		SignInAttempt refused;
		if (account.lockedAt(Instant.now(this.clock))) {
			refused = SignInAttempt.refused(Result.LOCKED, accountId, account.lockedUntil());
		}
		else if (check.test(account)) {
			return true;
		}
		else {
			refused = SignInAttempt.refused(wrong, accountId, null);
		}
		record(accounts, refused, accounts.door().actor(account.usernameKey()), address);
		return false;
	}

	/**
	 * Writes what the attempt changes, with its audit records, in one transaction. A wrong password
	 * counts as a failure, and the attempt returned says until when the account is locked if this
	 * failure locked it.
	 */
	SignInAttempt record(SignInAccounts accounts, SignInAttempt attempt, String actor, String address) {
		return record(accounts, attempt, actor, address, null);
	}

	SignInAttempt record(SignInAccounts accounts, SignInAttempt attempt, String actor, String address,
			String how) {
		SignInDoor door = accounts.door();
		return this.transactions.execute((status) -> {
			Instant now = Instant.now(this.clock);
			if (attempt.succeeded()) {
				accounts.signedIn(attempt.accountId(), now);
				String detail = (how != null && attempt.mustChangePassword()) ? how + ", must change password"
						: (how != null) ? how : attempt.mustChangePassword() ? "must change password" : null;
				this.audit.record(actor, door.signedIn(), null, detail, address);
				return attempt;
			}
			SignInAttempt result = attempt.result().countsAsFailure()
					? SignInAttempt.refused(attempt.result(), attempt.accountId(), failed(accounts, attempt, now))
					: attempt;
			String lock = (result.lockedUntil() != null) ? ", locked until " + result.lockedUntil() : "";
			String with = (how != null) ? " (" + how + ")" : "";
			this.audit.record(actor, door.failed(), null, "reason: " + result.result().words() + lock + with, address);
			if (result.locked()) {
				this.audit.recordCoded(actor, door.locked(), null, AuditDetail.of("audit.detail.until", result.lockedUntil()),
						address);
			}
			return result;
		});
	}

	/** Counts a failure; from the fifth on, locks the account. Returns the lock's end, if any. */
	private static Instant failed(SignInAccounts accounts, SignInAttempt attempt, Instant now) {
		int failures = accounts.countFailure(attempt.accountId());
		if (failures < SignInGuard.LOCK_AFTER) {
			return null;
		}
		Instant until = now.plus(SignInGuard.lockFor(failures));
		accounts.lock(attempt.accountId(), until);
		return until;
	}

}
