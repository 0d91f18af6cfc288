package org.clinicportal.credential;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The accounts of one sign-in page in the table that their module owns ({@link SignInTable}), in
 * plain SQL, so that a sign-in never conflicts with someone saving the account meanwhile.
 */
public final class JdbcSignInAccounts implements SignInAccounts {

	private final JdbcClient jdbc;

	private final SignInDoor door;

	private final String byUsername;

	private final String byId;

	private final String signedIn;

	private final String failed;

	private final String failures;

	private final String lock;

	private final String unlock;

	public JdbcSignInAccounts(JdbcClient jdbc, SignInDoor door, SignInTable table) {
		this.jdbc = jdbc;
		this.door = door;
		String expiresAt = (table.expiresAt() != null) ? table.expiresAt() : "NULL";
		String select = "SELECT id, " + table.usernameKey() + ", password_hash, password_generated, enabled, "
				+ table.mustChange() + ", " + expiresAt + ", password_changed_at, locked_until FROM " + table.table();
		this.byUsername = select + " WHERE " + table.usernameKey() + " = :key";
		this.byId = select + " WHERE id = :key";
		this.signedIn = "UPDATE " + table.table()
				+ " SET last_sign_in_at = :now, failed_sign_ins = 0, locked_until = NULL WHERE id = :id";
		this.failed = "UPDATE " + table.table() + " SET failed_sign_ins = failed_sign_ins + 1 WHERE id = :id";
		this.failures = "SELECT failed_sign_ins FROM " + table.table() + " WHERE id = :id";
		this.lock = "UPDATE " + table.table() + " SET locked_until = :until WHERE id = :id";
		this.unlock = "UPDATE " + table.table() + " SET failed_sign_ins = 0, locked_until = NULL WHERE id = :id";
	}

	@Override
	public SignInDoor door() {
		return this.door;
	}

	@Override
	public Optional<StoredPassword> find(String usernameKey) {
		return stored(this.byUsername, usernameKey);
	}

	@Override
	public Optional<StoredPassword> find(long accountId) {
		return stored(this.byId, accountId);
	}

	@Override
	public int countFailure(long accountId) {
		this.jdbc.sql(this.failed).param("id", accountId).update();
		return this.jdbc.sql(this.failures).param("id", accountId).query(Integer.class).single();
	}

	@Override
	public void lock(long accountId, Instant until) {
		this.jdbc.sql(this.lock).param("until", utc(until)).param("id", accountId).update();
	}

	@Override
	public void signedIn(long accountId, Instant now) {
		this.jdbc.sql(this.signedIn).param("now", utc(now)).param("id", accountId).update();
	}

	/** Lifts a lock and starts the failure count afresh. @return whether the account exists */
	public boolean unlock(long accountId) {
		return this.jdbc.sql(this.unlock).param("id", accountId).update() == 1;
	}

	private Optional<StoredPassword> stored(String select, Object key) {
		return this.jdbc.sql(select)
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
