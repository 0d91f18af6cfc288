package org.clinicportal.staff;

import java.io.Serial;
import java.time.Instant;
import java.util.HashSet;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A staff user's sign-in as their session keeps it: who, with which rights, since when, and with
 * the password of which moment, so that {@link StaffSessionGuard} can tell when it no longer holds.
 */
final class StaffSignIn extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String username;

	private final Instant signedInAt;

	private final Instant passwordChangedAt;

	StaffSignIn(StaffStanding standing, Instant signedInAt, Object details) {
		super(standing.authorities());
		this.username = standing.username();
		this.signedInAt = signedInAt;
		this.passwordChangedAt = standing.passwordChangedAt();
		setDetails(details);
		setAuthenticated(true);
	}

	/** The same sign-in with the user's rights and password as they are now. */
	StaffSignIn refreshed(StaffStanding standing) {
		return new StaffSignIn(standing, this.signedInAt, getDetails());
	}

	/** Whether this session's rights are the ones the user has now. */
	boolean hasRightsOf(StaffStanding standing) {
		return new HashSet<>(getAuthorities()).equals(new HashSet<>(standing.authorities()));
	}

	Instant signedInAt() {
		return this.signedInAt;
	}

	Instant passwordChangedAt() {
		return this.passwordChangedAt;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Object getPrincipal() {
		return this.username;
	}

}
