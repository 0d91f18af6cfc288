package org.clinicportal.staff;

import org.clinicportal.system.Usernames;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.credential.PasswordPolicy;
import org.clinicportal.credential.PasswordProblem;
import org.clinicportal.credential.SecretSealer;
import org.clinicportal.credential.TwoStep;
import org.clinicportal.credential.TemporaryPassword;
import org.clinicportal.credential.TemporaryPasswordGenerator;
import org.clinicportal.system.NotFoundException;
import org.clinicportal.system.Sessions;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and changing staff users; every change is in the audit trail. */
@Service
@Transactional
class StaffAccounts {

	private final StaffUserRepository users;

	private final PasswordEncoder encoder;

	private final TemporaryPasswordGenerator generator;

	private final PasswordPolicy policy;

	private final AuditTrail audit;

	private final Sessions sessions;

	private final StaffSignIns signIns;

	private final SecretSealer sealer;

	private final TwoStep twoStep;

	private final Clock clock;

	StaffAccounts(StaffUserRepository users, PasswordEncoder encoder, TemporaryPasswordGenerator generator,
			PasswordPolicy policy, AuditTrail audit, Sessions sessions, StaffSignIns signIns, SecretSealer sealer,
			TwoStep twoStep, Clock clock) {
		this.twoStep = twoStep;
		this.users = users;
		this.signIns = signIns;
		this.sealer = sealer;
		this.encoder = encoder;
		this.generator = generator;
		this.policy = policy;
		this.audit = audit;
		this.sessions = sessions;
		this.clock = clock;
	}

	/** Creates a user with a generated password that must be changed at first sign-in. */
	NewCredentials create(String username, String fullName, Set<StaffRole> roles) {
		TemporaryPassword password = this.generator.generate();
		StaffUser user = createWithPassword(username, fullName, roles, password.value(), true);
		return new NewCredentials(user.getId(), user.getUsername(), this.sealer.seal(password.value()));
	}

	/**
	 * Creates a user with a given password (the bootstrap administrator and demo users); a generated
	 * one must be changed at first sign-in.
	 */
	StaffUser createWithPassword(String username, String fullName, Set<StaffRole> roles, String password,
			boolean generated) {
		var user = new StaffUser(Usernames.normalize(username), fullName.strip(), roles, this.encoder.encode(password),
				generated, Instant.now(this.clock));
		this.users.save(user);
		this.audit.record(AuditAction.STAFF_USER_CREATED, null, "staff user " + user.getUsername() + " roles " + roles);
		return user;
	}

	boolean usernameTaken(String username) {
		return this.users.existsByUsernameIgnoreCase(Usernames.normalize(username));
	}

	StaffUser get(long id) {
		return this.users.findById(id).orElseThrow(NotFoundException::new);
	}

	/**
	 * Changes names, roles and status. Changing the roles or disabling ends the user's sessions at
	 * once, on every node, but for the session {@code keep} of the administrator making the change
	 * (whose own rights follow the change from the next request on).
	 * @throws ObjectOptimisticLockingFailureException when someone else saved the user since
	 * {@code version} was read
	 */
	void update(long id, long version, String fullName, Set<StaffRole> roles, boolean enabled, String keep) {
		StaffUser user = get(id);
		if (user.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(StaffUser.class, id);
		}
		boolean wasEnabled = user.isEnabled();
		boolean rolesChanged = !user.getRoles().equals(roles);
		String before = user.getFullName() + " " + user.getRoles();
		user.update(fullName.strip(), roles, enabled);
		this.audit.record(AuditAction.STAFF_USER_UPDATED, null,
				"staff user " + user.getUsername() + ": " + before + " -> " + user.getFullName() + " " + roles);
		if (wasEnabled != enabled) {
			this.audit.record(enabled ? AuditAction.STAFF_USER_ENABLED : AuditAction.STAFF_USER_DISABLED, null,
					"staff user " + user.getUsername());
		}
		if (!enabled || rolesChanged) {
			this.sessions.endOthers(user.getUsername(), keep);
		}
	}

	/** Whether saving these roles and status would leave the clinic without an enabled administrator. */
	boolean wouldRemoveLastAdmin(long id, Set<StaffRole> roles, boolean enabled) {
		if (roles.contains(StaffRole.ADMIN) && enabled) {
			return false;
		}
		return this.users.findAll()
			.stream()
			.noneMatch((u) -> u.getId() != id && u.isEnabled() && u.getRoles().contains(StaffRole.ADMIN));
	}

	/** Gives the user a new generated password, to be changed at next sign-in; ends their sessions. */
	NewCredentials resetPassword(long id) {
		StaffUser user = get(id);
		TemporaryPassword password = this.generator.generate();
		user.changePassword(this.encoder.encode(password.value()), true, Instant.now(this.clock));
		this.sessions.endAll(user.getUsername());
		this.audit.record(AuditAction.STAFF_PASSWORD_RESET, null, "staff user " + user.getUsername());
		return new NewCredentials(user.getId(), user.getUsername(), this.sealer.seal(password.value()));
	}

	/**
	 * Changes a user's own password after checking the policy, and ends the user's sessions but the
	 * one making the change ({@code keep}).
	 * @return what is wrong with the new password; empty when it was changed
	 */
	List<PasswordProblem> changeOwnPassword(String username, String newPassword, String keep) {
		StaffUser user = this.users.findByUsernameIgnoreCase(username).orElseThrow(NotFoundException::new);
		List<PasswordProblem> problems = this.policy.checkReplacement(newPassword, user.getPasswordHash(),
				user.getUsername(), user.getFullName());
		if (problems.isEmpty()) {
			user.changePassword(this.encoder.encode(newPassword), false, Instant.now(this.clock));
			this.audit.record(AuditAction.STAFF_PASSWORD_CHANGED, null, "staff user " + user.getUsername());
			this.users.flush();
			this.sessions.endOthers(user.getUsername(), keep);
		}
		return problems;
	}

	/** Takes the user's second factors away (a lost phone) and ends their sessions. */
	void resetTwoStep(long id) {
		StaffUser user = get(id);
		this.twoStep.reset(user.getUsername(), "staff user " + user.getUsername());
		this.sessions.endAll(user.getUsername());
	}

	/** Lifts a lock that failed sign-ins put on the user. */
	void unlock(long id) {
		StaffUser user = get(id);
		this.signIns.unlock(id);
		this.audit.record(AuditAction.STAFF_USER_UNLOCKED, null, "staff user " + user.getUsername());
	}


	/**
	 * A generated password for a staff user on its way to the one page view that shows it: sealed, so
	 * that the session store never holds it readable.
	 */
	record NewCredentials(long userId, String username, SecretSealer.Sealed password) implements Serializable {

		static final String ATTRIBUTE = "sealedCredentials";

	}

}
