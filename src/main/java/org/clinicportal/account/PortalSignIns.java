package org.clinicportal.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.credential.SignInAccounts;
import org.clinicportal.credential.SignInAttempt;
import org.clinicportal.credential.SignInDoor;
import org.clinicportal.credential.SignInGuard;
import org.clinicportal.credential.StoredPassword;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Portal sign-in: portal accounts behind the one {@link SignInGuard}, in plain SQL on
 * {@code portal_account}, so that simultaneous sign-ins of one account never conflict over its
 * version.
 */
@Service
public class PortalSignIns implements SignInAccounts {

	static final SignInDoor DOOR = new SignInDoor("portal", PortalUser.PRINCIPAL_PREFIX, AuditAction.PORTAL_SIGN_IN,
			AuditAction.PORTAL_SIGN_IN_FAILED, AuditAction.PORTAL_ACCOUNT_LOCKED);

	private static final String SELECT = """
			SELECT id, username_key, password_hash, password_generated, enabled, force_password_change,
			       password_expires_at, password_changed_at, locked_until
			FROM portal_account WHERE %s = :key
			""";

	private static final String SIGNED_IN = "UPDATE portal_account SET last_sign_in_at = :now, failed_sign_ins = 0, locked_until = NULL WHERE id = :id";

	private static final String FAILED = "UPDATE portal_account SET failed_sign_ins = failed_sign_ins + 1 WHERE id = :id";

	private static final String FAILURES = "SELECT failed_sign_ins FROM portal_account WHERE id = :id";

	private static final String LOCK = "UPDATE portal_account SET locked_until = :until WHERE id = :id";

	private static final String UNLOCK = "UPDATE portal_account SET failed_sign_ins = 0, locked_until = NULL WHERE id = :id";

	private final JdbcClient jdbc;

	private final SignInGuard guard;

	private final AuditTrail audit;

	PortalSignIns(JdbcClient jdbc, SignInGuard guard, AuditTrail audit) {
		this.jdbc = jdbc;
		this.guard = guard;
		this.audit = audit;
	}

	/** Checks a username and password made from {@code address}, and records the attempt. */
	public SignInAttempt signIn(String username, String password, String address) {
		return this.guard.signIn(this, username, password, address);
	}

	/** Checks the current password a signed-in holder gives to change it (see {@link SignInGuard}). */
	public boolean currentPasswordMatches(long accountId, String password, String address) {
		return this.guard.currentPasswordMatches(this, accountId, password, address);
	}

	/** Lifts a lock (staff, in User Management) and starts the failure count afresh. */
	@Transactional
	public void unlock(long accountId) {
		if (this.jdbc.sql(UNLOCK).param("id", accountId).update() == 1) {
			this.audit.record(AuditAction.PORTAL_ACCOUNT_UNLOCKED, null, PortalUser.principalName(accountId));
		}
	}

	@Override
	public SignInDoor door() {
		return DOOR;
	}

	@Override
	public Optional<StoredPassword> find(String usernameKey) {
		return stored("username_key", usernameKey);
	}

	@Override
	public Optional<StoredPassword> find(long accountId) {
		return stored("id", accountId);
	}

	@Override
	public int countFailure(long accountId) {
		this.jdbc.sql(FAILED).param("id", accountId).update();
		return this.jdbc.sql(FAILURES).param("id", accountId).query(Integer.class).single();
	}

	@Override
	public void lock(long accountId, Instant until) {
		this.jdbc.sql(LOCK).param("until", utc(until)).param("id", accountId).update();
	}

	@Override
	public void signedIn(long accountId, Instant now) {
		this.jdbc.sql(SIGNED_IN).param("now", utc(now)).param("id", accountId).update();
	}

	private Optional<StoredPassword> stored(String column, Object key) {
		return this.jdbc.sql(SELECT.formatted(column))
			.param("key", key)
			.query((rs, n) -> new StoredPassword(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
					rs.getBoolean(5), rs.getBoolean(6), instant(rs.getObject(7, OffsetDateTime.class)),
					instant(rs.getObject(8, OffsetDateTime.class)), instant(rs.getObject(9, OffsetDateTime.class))))
			.optional();
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
