package org.clinicportal.staff;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.credential.JdbcSignInAccounts;
import org.clinicportal.credential.SignInAttempt;
import org.clinicportal.credential.SignInDoor;
import org.clinicportal.credential.SecondFactorGuard;
import org.clinicportal.credential.SignInGuard;
import org.clinicportal.credential.SignInTable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Staff sign-in: staff users behind the one {@link SignInGuard}, and as the staff session guard
 * finds them on every request.
 */
@Component
class StaffSignIns {

	static final SignInDoor DOOR = new SignInDoor("staff", "", AuditAction.STAFF_SIGN_IN,
			AuditAction.STAFF_SIGN_IN_FAILED, AuditAction.STAFF_ACCOUNT_LOCKED);

	private static final SignInTable TABLE = new SignInTable("staff_user", "username", "must_change_password", null);

	private static final String STANDING = """
			SELECT u.id, u.username, u.enabled, u.must_change_password, u.password_changed_at, r.role
			FROM staff_user u LEFT JOIN staff_user_role r ON r.staff_user_id = u.id
			WHERE u.username = :username
			""";

	private final JdbcClient jdbc;

	private final JdbcSignInAccounts accounts;

	private final SignInGuard guard;

	private final SecondFactorGuard factors;

	StaffSignIns(JdbcClient jdbc, SignInGuard guard, SecondFactorGuard factors) {
		this.jdbc = jdbc;
		this.accounts = new JdbcSignInAccounts(jdbc, DOOR, TABLE);
		this.guard = guard;
		this.factors = factors;
	}

	/** Checks a username and password made from {@code address}, and records the attempt. */
	SignInAttempt signIn(String username, String password, String address) {
		return this.guard.signIn(this.accounts, username, password, address);
	}

	/** Checks the current password a signed-in user gives to change it (see {@link SignInGuard}). */
	boolean currentPasswordMatches(String username, String password, String address) {
		return this.accounts.find(username)
			.map((user) -> this.guard.currentPasswordMatches(this.accounts, user.accountId(), password, address))
			.orElse(false);
	}

	/** Signs in the holder of a passkey that checked out (see {@link SecondFactorGuard#passkey}). */
	SignInAttempt passkey(long id, String address) {
		return this.factors.passkey(this.accounts, id, address);
	}

	/** Checks a second-step code, counting a wrong one toward the lock (see {@link SecondFactorGuard#secondStep}). */
	boolean secondStep(String username, String address, java.util.function.BooleanSupplier check) {
		return this.accounts.find(username)
			.map((user) -> this.factors.secondStep(this.accounts, user.accountId(), address, check))
			.orElse(false);
	}

	/** Lifts a lock and starts the failure count afresh. */
	void unlock(long id) {
		this.accounts.unlock(id);
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

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

}
