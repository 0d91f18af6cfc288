package org.clinicportal.staff;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.credential.SignInAccounts;
import org.clinicportal.credential.SignInAttempt;
import org.clinicportal.credential.SignInDoor;
import org.clinicportal.credential.SignInGuard;
import org.clinicportal.credential.StoredPassword;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Staff sign-in: staff users behind the one {@link SignInGuard}, and as the staff session guard
 * reads them, in plain SQL on {@code staff_user}, so that a sign-in never conflicts with an
 * administrator saving the user.
 */
@Component
class StaffSignIns implements SignInAccounts {

	static final SignInDoor DOOR = new SignInDoor("staff", "", AuditAction.STAFF_SIGN_IN,
			AuditAction.STAFF_SIGN_IN_FAILED, AuditAction.STAFF_ACCOUNT_LOCKED);

	private static final String SELECT = """
			SELECT id, username, password_hash, password_generated, enabled, must_change_password,
			       password_changed_at, locked_until
			FROM staff_user WHERE %s = :key
			""";

	private static final String STANDING = """
			SELECT u.id, u.username, u.enabled, u.must_change_password, u.password_changed_at, r.role
			FROM staff_user u LEFT JOIN staff_user_role r ON r.staff_user_id = u.id
			WHERE u.username = :username
			""";

	private static final String SIGNED_IN = "UPDATE staff_user SET last_sign_in_at = :now, failed_sign_ins = 0, locked_until = NULL WHERE id = :id";

	private static final String FAILED = "UPDATE staff_user SET failed_sign_ins = failed_sign_ins + 1 WHERE id = :id";

	private static final String FAILURES = "SELECT failed_sign_ins FROM staff_user WHERE id = :id";

	private static final String LOCK = "UPDATE staff_user SET locked_until = :until WHERE id = :id";

	private static final String UNLOCK = "UPDATE staff_user SET failed_sign_ins = 0, locked_until = NULL WHERE id = :id";

	private final JdbcClient jdbc;

	private final SignInGuard guard;

	StaffSignIns(JdbcClient jdbc, SignInGuard guard) {
		this.jdbc = jdbc;
		this.guard = guard;
	}

	/** Checks a username and password made from {@code address}, and records the attempt. */
	SignInAttempt signIn(String username, String password, String address) {
		return this.guard.signIn(this, username, password, address);
	}

	/** Checks the current password a signed-in user gives to change it (see {@link SignInGuard}). */
	boolean currentPasswordMatches(String username, String password, String address) {
		return find(username).map((user) -> this.guard.currentPasswordMatches(this, user.accountId(), password, address))
			.orElse(false);
	}

	/** The user's standing now, which a signed-in session must still match; empty when deleted. */
	Optional<StaffStanding> standing(String username) {
		var found = new StaffStanding[1];
		var roles = EnumSet.noneOf(StaffRole.class);
		this.jdbc.sql(STANDING).param("username", username).query((rs) -> {
			if (found[0] == null) {
				found[0] = new StaffStanding(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
						instant(rs.getObject(5, OffsetDateTime.class)), roles);
			}
			if (rs.getString(6) != null) {
				roles.add(StaffRole.valueOf(rs.getString(6)));
			}
		});
		return Optional.ofNullable(found[0]);
	}

	/** Lifts a lock and starts the failure count afresh. */
	void unlock(long id) {
		this.jdbc.sql(UNLOCK).param("id", id).update();
	}

	@Override
	public SignInDoor door() {
		return DOOR;
	}

	@Override
	public Optional<StoredPassword> find(String usernameKey) {
		return stored("username", usernameKey);
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
					rs.getBoolean(5), rs.getBoolean(6), null, instant(rs.getObject(7, OffsetDateTime.class)),
					instant(rs.getObject(8, OffsetDateTime.class))))
			.optional();
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
