package org.clinicportal.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;

import org.clinicportal.account.SignInAttempt.Result;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.system.Usernames;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Checks portal passwords, locking an account for a while after repeated failures, and records
 * every attempt in the audit trail with its real reason. The slow password hash runs outside any
 * transaction and holds no database connection; what an attempt changes (the account's sign-in
 * record, its failure count, the audit records) is written afterwards in one short transaction of
 * plain SQL, so that simultaneous sign-ins of the same account never conflict over its version.
 */
@Service
public class PortalSignIns {

	/** Consecutive failures that lock an account. */
	static final int LOCK_AFTER = 5;

	static final Duration FIRST_LOCK = Duration.ofMinutes(1);

	static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

	/** A temporary password as staff read it out: four groups of four, dashes between. */
	private static final Pattern GROUPED_TEMPORARY = Pattern.compile("[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}");

	private static final String SELECT = """
			SELECT id, enabled, force_password_change, password_hash, password_expires_at, password_changed_at,
			       locked_until
			FROM portal_account WHERE username_key = :key
			""";

	private static final String CURRENT = "SELECT username_key, password_hash, locked_until FROM portal_account WHERE id = :id";

	private static final String SUCCEEDED = "UPDATE portal_account SET last_sign_in_at = :now, failed_sign_ins = 0, locked_until = NULL WHERE id = :id";

	private static final String FAILED = "UPDATE portal_account SET failed_sign_ins = failed_sign_ins + 1 WHERE id = :id";

	private static final String FAILURES = "SELECT failed_sign_ins FROM portal_account WHERE id = :id";

	private static final String LOCK = "UPDATE portal_account SET locked_until = :until WHERE id = :id";

	private static final String UNLOCK = "UPDATE portal_account SET failed_sign_ins = 0, locked_until = NULL WHERE id = :id";

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final AuditTrail audit;

	private final TransactionOperations transactions;

	private final Clock clock;

	private final UnknownUsernames unknownUsernames = new UnknownUsernames();

	private volatile String dummyHash;

	PortalSignIns(JdbcClient jdbc, PasswordEncoder encoder, AuditTrail audit, TransactionOperations transactions,
			Clock clock) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Checks a username and password and records the attempt, made from {@code address}. A locked
	 * account is refused without hashing; an unknown username costs one hash all the same, and is held
	 * after as many failures as an account is locked after, so that its timing tells nothing.
	 */
	public SignInAttempt signIn(String username, String password, String address) {
		String key = Usernames.normalize(username);
		SignInAttempt attempt = check(key, password);
		return this.transactions
			.execute((status) -> record(attempt, PortalUser.PRINCIPAL_PREFIX + key, address));
	}

	private SignInAttempt check(String key, String password) {
		Optional<Row> found = this.jdbc.sql(SELECT)
			.param("key", key)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getBoolean(2), rs.getBoolean(3), rs.getString(4),
					instant(rs.getObject(5, OffsetDateTime.class)), instant(rs.getObject(6, OffsetDateTime.class)),
					instant(rs.getObject(7, OffsetDateTime.class))))
			.optional();
		String raw = (password != null) ? password : "";
		Instant now = Instant.now(this.clock);
		if (found.isEmpty()) {
			Instant heldUntil = this.unknownUsernames.heldUntil(key, now);
			if (heldUntil == null) {
				this.encoder.matches(raw, dummyHash());
				heldUntil = this.unknownUsernames.failed(key, now);
			}
			return SignInAttempt.refused(Result.UNKNOWN_USERNAME, null, heldUntil);
		}
		Row account = found.get();
		if (account.lockedUntil() != null && account.lockedUntil().isAfter(now)) {
			return SignInAttempt.refused(Result.LOCKED, account.id(), account.lockedUntil());
		}
		if (!this.encoder.matches(typed(raw, account.mustChange()), account.hash())) {
			return SignInAttempt.refused(Result.WRONG_PASSWORD, account.id(), null);
		}
		if (!account.enabled()) {
			return SignInAttempt.refused(Result.DISABLED, account.id(), null);
		}
		if (account.mustChange() && account.expiresAt() != null && !account.expiresAt().isAfter(now)) {
			return SignInAttempt.refused(Result.TEMPORARY_PASSWORD_EXPIRED, account.id(), null);
		}
		return new SignInAttempt(Result.SIGNED_IN, account.id(), account.mustChange(), account.changedAt(), null);
	}

	/**
	 * Writes what the attempt changes, with its audit records. A wrong password counts as a failure,
	 * and the attempt returned says until when the account is locked if this failure locked it.
	 */
	private SignInAttempt record(SignInAttempt attempt, String actor, String address) {
		Instant now = Instant.now(this.clock);
		if (attempt.succeeded()) {
			this.jdbc.sql(SUCCEEDED).param("now", utc(now)).param("id", attempt.accountId()).update();
			this.audit.record(actor, AuditAction.PORTAL_SIGN_IN, null,
					attempt.mustChangePassword() ? "must change password" : null, address);
			return attempt;
		}
		SignInAttempt result = attempt.result().wrongPassword()
				? SignInAttempt.refused(attempt.result(), attempt.accountId(), failed(attempt.accountId(), now))
				: attempt;
		String lock = (result.lockedUntil() != null) ? ", locked until " + result.lockedUntil() : "";
		this.audit.record(actor, AuditAction.PORTAL_SIGN_IN_FAILED, null, "reason: " + result.result() + lock,
				address);
		if (result.locked()) {
			this.audit.record(actor, AuditAction.PORTAL_ACCOUNT_LOCKED, null, "until " + result.lockedUntil(),
					address);
		}
		return result;
	}

	/**
	 * Checks the password a signed-in holder gives as their current one (to change it). A wrong one
	 * counts as a failed sign-in and can lock the account, and a locked account's is refused without
	 * hashing, so that a session left open is no way to guess the password.
	 */
	public boolean currentPasswordMatches(long accountId, String password, String address) {
		Optional<Current> found = this.jdbc.sql(CURRENT)
			.param("id", accountId)
			.query((rs, n) -> new Current(rs.getString(1), rs.getString(2), instant(rs.getObject(3, OffsetDateTime.class))))
			.optional();
		if (found.isEmpty()) {
			return false;
		}
		Current account = found.get();
		SignInAttempt refused;
		if (account.lockedUntil() != null && account.lockedUntil().isAfter(Instant.now(this.clock))) {
			refused = SignInAttempt.refused(Result.LOCKED, accountId, account.lockedUntil());
		}
		else if (this.encoder.matches((password != null) ? password : "", account.hash())) {
			return true;
		}
		else {
			refused = SignInAttempt.refused(Result.WRONG_CURRENT_PASSWORD, accountId, null);
		}
		this.transactions.executeWithoutResult(
				(status) -> record(refused, PortalUser.PRINCIPAL_PREFIX + account.usernameKey(), address));
		return false;
	}

	/** Lifts a lock (staff, in User Management) and starts the failure count afresh. */
	@Transactional
	public void unlock(long accountId) {
		if (this.jdbc.sql(UNLOCK).param("id", accountId).update() == 1) {
			this.audit.record(AuditAction.PORTAL_ACCOUNT_UNLOCKED, null, PortalUser.principalName(accountId));
		}
	}

	/** How long the lock lasts after this many consecutive failures: 1, 2, 4, 8, then 15 minutes. */
	static Duration lockFor(int failures) {
		int doublings = Math.min(failures - LOCK_AFTER, 4);
		Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
		return (lock.compareTo(LONGEST_LOCK) > 0) ? LONGEST_LOCK : lock;
	}

	/** Counts a failure; from the fifth on, locks the account. Returns the lock's end, if any. */
	private Instant failed(long accountId, Instant now) {
		this.jdbc.sql(FAILED).param("id", accountId).update();
		int failures = this.jdbc.sql(FAILURES).param("id", accountId).query(Integer.class).single();
		if (failures < LOCK_AFTER) {
			return null;
		}
		Instant until = now.plus(lockFor(failures));
		this.jdbc.sql(LOCK).param("until", utc(until)).param("id", accountId).update();
		return until;
	}

	/** Staff hand out temporary passwords in groups with dashes; the dashes are not part of it. */
	private static String typed(String raw, boolean temporary) {
		return (temporary && GROUPED_TEMPORARY.matcher(raw.strip()).matches()) ? raw.strip().replace("-", "") : raw;
	}

	private String dummyHash() {
		if (this.dummyHash == null) {
			this.dummyHash = this.encoder.encode("no such account, but the same work");
		}
		return this.dummyHash;
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private record Row(long id, boolean enabled, boolean mustChange, String hash, Instant expiresAt,
			Instant changedAt, Instant lockedUntil) {
	}

	private record Current(String usernameKey, String hash, Instant lockedUntil) {
	}

}
