package org.clinicportal.staff;

import java.io.Serial;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.clinicportal.credential.SecondStep;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * A staff user's sign-in as their session keeps it: who, with which rights, since when, with the
 * password of which moment (so that {@link StaffSessionGuard} can tell when it no longer holds), the
 * factors given so far and whether the user needs a second one.
 */
final class StaffSignIn extends AbstractAuthenticationToken implements SecondStep.Holder {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String username;

	private final Instant signedInAt;

	private final Instant passwordChangedAt;

	private final List<FactorGrantedAuthority> factors;

	private final boolean secondFactorEnrolled;

	private final boolean secondStepRequired;

	StaffSignIn(StaffStanding standing, Instant signedInAt, Object details, List<FactorGrantedAuthority> factors,
			boolean secondFactorEnrolled, boolean secondStepRequired) {
		super(authorities(standing, factors));
		this.username = standing.username();
		this.signedInAt = signedInAt;
		this.passwordChangedAt = standing.passwordChangedAt();
		this.factors = List.copyOf(factors);
		this.secondFactorEnrolled = secondFactorEnrolled;
		this.secondStepRequired = secondStepRequired;
		setDetails(details);
		setAuthenticated(true);
	}

	private static List<GrantedAuthority> authorities(StaffStanding standing, List<FactorGrantedAuthority> factors) {
		var authorities = new ArrayList<GrantedAuthority>(standing.authorities());
		authorities.addAll(factors);
		return authorities;
	}

	/** The same sign-in with the user's rights and password as they are now. */
	StaffSignIn refreshed(StaffStanding standing) {
		return new StaffSignIn(standing, this.signedInAt, getDetails(), this.factors, this.secondFactorEnrolled,
				this.secondStepRequired);
	}

	/** The same sign-in with one more factor given in this session. */
	StaffSignIn withFactor(StaffStanding standing, String factor, Instant now) {
		var factors = new ArrayList<>(this.factors);
		factors.add(FactorGrantedAuthority.withAuthority(factor).issuedAt(now).build());
		return new StaffSignIn(standing, this.signedInAt, getDetails(), factors, true, this.secondStepRequired);
	}

	/** Whether this session's rights are the ones the user has now. */
	boolean hasRightsOf(StaffStanding standing) {
		var rights = new HashSet<GrantedAuthority>(getAuthorities());
		this.factors.forEach(rights::remove);
		return rights.equals(new HashSet<>(standing.authorities()));
	}

	@Override
	public boolean secondStepRequired() {
		return this.secondStepRequired;
	}

	/** Whether the user had a second factor when signing in (and so may add none before using it). */
	boolean secondFactorEnrolled() {
		return this.secondFactorEnrolled;
	}

	@Override
	public String actor() {
		return this.username;
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
