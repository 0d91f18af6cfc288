package org.clinicportal.credential;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.clinicportal.credential.SignInAttempt.Result;
import org.clinicportal.system.RateLimits;
import org.clinicportal.system.Usernames;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The one protection of every sign-in page, staff and portal: usernames longer than any account's
 * are refused before anything else; a client address with too many failures is refused for a
 * while; five consecutive failures lock an account for 1 minute, doubling up to 15, and a locked
 * account is refused without hashing; a username without an account costs one hash all the same
 * and is held after as many failures as an account is locked after, so that no answer tells whether
 * an account exists. Generated passwords are accepted with or without their dashes. Every attempt
 * is audited with its real reason. The address counts and unknown-username holds are shared by all
 * nodes ({@link RateLimits}); the slow hash runs outside any transaction, and what an attempt
 * changes is written afterwards in one short one.
 */
@Service
public class SignInGuard {

	/** Consecutive failures that lock an account. */
	public static final int LOCK_AFTER = 5;

	static final Duration FIRST_LOCK = Duration.ofMinutes(1);

	static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

	/** How long failures of a username without an account are remembered after the last one. */
	static final Duration UNKNOWN_REMEMBERED = Duration.ofDays(1);

	private static final String ADDRESS_FAILURES = "sign-in-address-";

	private static final String UNKNOWN_USERNAME = "sign-in-unknown-";

	private final PasswordEncoder encoder;

	private final RateLimits limits;

	private final SignInRecords records;

	private final SignInProperties properties;

	private final Clock clock;

	private volatile String dummyHash;

	SignInGuard(PasswordEncoder encoder, RateLimits limits, SignInRecords records, SignInProperties properties,
			Clock clock) {
		this.encoder = encoder;
		this.limits = limits;
		this.records = records;
		this.properties = properties;
		this.clock = clock;
	}

	/** Checks a username and password at one door, made from {@code address}, and records the attempt. */
	public SignInAttempt signIn(SignInAccounts accounts, String username, String password, String address) {
		SignInDoor door = accounts.door();
		String typed = (username != null) ? username : "";
		if (typed.length() > Usernames.MAX_LENGTH) {
			return this.records.record(accounts, SignInAttempt.refused(Result.USERNAME_TOO_LONG, null, null),
					door.actor(Usernames.normalize(typed.substring(0, Usernames.MAX_LENGTH))), address);
		}
		String key = Usernames.normalize(typed);
		String addressKey = ADDRESS_FAILURES + door.name();
		if (!this.limits.tryAcquire(addressKey, address, this.properties.addressFailures(),
				this.properties.addressWindow())) {
			return this.records.record(accounts, SignInAttempt.refused(Result.ADDRESS_THROTTLED, null, null), door.actor(key),
					address);
		}
		SignInAttempt attempt = check(accounts, key, (password != null) ? password : "");
		if (attempt.succeeded()) {
			// a sign-in that worked gives its address back the place it took
			this.limits.release(addressKey, address);
		}
		return this.records.record(accounts, attempt, door.actor(key), address);
	}

	/**
	 * Checks the password a signed-in holder gives as their current one (to change it). A wrong one
	 * counts as a failed sign-in and can lock the account, and a locked account's is refused without
	 * hashing, so that a session left open is no way to guess the password.
	 */
	public boolean currentPasswordMatches(SignInAccounts accounts, long accountId, String password, String address) {
		return this.records.confirm(accounts, accountId, address, Result.WRONG_CURRENT_PASSWORD,
				(account) -> matches(account, (password != null) ? password : ""));
	}

	/** How long the lock lasts after this many consecutive failures: 1, 2, 4, 8, then 15 minutes. */
	public static Duration lockFor(int failures) {
		int doublings = Math.min(Math.max(failures - LOCK_AFTER, 0), 4);
		Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
		return (lock.compareTo(LONGEST_LOCK) > 0) ? LONGEST_LOCK : lock;
	}

	private SignInAttempt check(SignInAccounts accounts, String key, String password) {
		Optional<StoredPassword> found = accounts.find(key);
		Instant now = Instant.now(this.clock);
		if (found.isEmpty()) {
			return SignInAttempt.refused(Result.UNKNOWN_USERNAME, null, unknown(accounts.door(), key, password, now));
		}
		StoredPassword account = found.get();
		if (account.lockedAt(now)) {
			return SignInAttempt.refused(Result.LOCKED, account.accountId(), account.lockedUntil());
		}
		if (!matches(account, password)) {
			return SignInAttempt.refused(Result.WRONG_PASSWORD, account.accountId(), null);
		}
		if (!account.enabled()) {
			return SignInAttempt.refused(Result.DISABLED, account.accountId(), null);
		}
		if (account.expiredAt(now)) {
			return SignInAttempt.refused(Result.TEMPORARY_PASSWORD_EXPIRED, account.accountId(), null);
		}
		return new SignInAttempt(Result.SIGNED_IN, account.accountId(), account.mustChange(), account.changedAt(),
				null);
	}

	/** One hash, as for an account, unless the name is held; returns until when it is held, if it is. */
	private Instant unknown(SignInDoor door, String key, String password, Instant now) {
		String kind = UNKNOWN_USERNAME + door.name();
		Instant heldUntil = this.limits.heldUntil(kind, key);
		if (heldUntil != null) {
			return heldUntil;
		}
		this.encoder.matches(password, dummyHash());
		int failures = this.limits.count(kind, key, UNKNOWN_REMEMBERED);
		if (failures < LOCK_AFTER) {
			return null;
		}
		Instant until = now.plus(lockFor(failures));
		this.limits.hold(kind, key, until);
		return until;
	}

	/** One hash: a generated password without its separators, a chosen one exactly as typed. */
	private boolean matches(StoredPassword account, String password) {
		return this.encoder.matches(account.generated() ? TemporaryPassword.withoutSeparators(password) : password,
				account.hash());
	}

	private String dummyHash() {
		if (this.dummyHash == null) {
			this.dummyHash = this.encoder.encode("no such account, but the same work");
		}
		return this.dummyHash;
	}

}
