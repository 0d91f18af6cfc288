package org.clinicportal.portal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.clinicportal.account.PortalUser;
import org.clinicportal.credential.SecondStep;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A signed-in portal account holder. Its name is the account's principal name, under which the
 * session is indexed so that staff actions can end it from any node. It carries the factors given
 * so far (a password, a passkey, an app's code) and whether the holder needs a second one.
 */
final class PortalAuthentication extends AbstractAuthenticationToken implements SecondStep.Holder {

	private static final long serialVersionUID = 1L;

	/** Held by every portal session; staff authorities all start with ROLE_. */
	static final String AUTHORITY = "PORTAL_USER";

	private final long accountId;

	private final String username;

	private final Instant passwordChangedAt;

	private final Instant signedInAt;

	private final List<FactorGrantedAuthority> factors;

	private final boolean secondFactorEnrolled;

	private final boolean secondStepRequired;

	PortalAuthentication(long accountId, String username, Instant passwordChangedAt, Instant signedInAt,
			List<FactorGrantedAuthority> factors, boolean secondFactorEnrolled, boolean secondStepRequired) {
		super(authorities(factors));
		this.accountId = accountId;
		this.username = username;
		this.passwordChangedAt = passwordChangedAt;
		this.signedInAt = signedInAt;
		this.factors = List.copyOf(factors);
		this.secondFactorEnrolled = secondFactorEnrolled;
		this.secondStepRequired = secondStepRequired;
		setAuthenticated(true);
	}

	private static List<GrantedAuthority> authorities(List<FactorGrantedAuthority> factors) {
		var authorities = new ArrayList<GrantedAuthority>(factors);
		authorities.add(new SimpleGrantedAuthority(AUTHORITY));
		return authorities;
	}

	/** The same sign-in with one more factor given in this session. */
	PortalAuthentication withFactor(String factor, Instant now) {
		var factors = new ArrayList<>(this.factors);
		factors.add(FactorGrantedAuthority.withAuthority(factor).issuedAt(now).build());
		return copy(this.passwordChangedAt, factors, true, this.secondStepRequired);
	}

	private PortalAuthentication copy(Instant changedAt, List<FactorGrantedAuthority> factors, boolean enrolled,
			boolean required) {
		var copy = new PortalAuthentication(this.accountId, this.username, changedAt, this.signedInAt, factors,
				enrolled, required);
		copy.setDetails(getDetails());
		return copy;
	}

	@Override
	public boolean secondStepRequired() {
		return this.secondStepRequired;
	}

	/** Whether the holder had a second factor when signing in (and so may add none before using it). */
	boolean secondFactorEnrolled() {
		return this.secondFactorEnrolled;
	}

	/** The signed-in holder of the current request; only for pages the portal chain lets through. */
	static PortalAuthentication current() {
		return (PortalAuthentication) SecurityContextHolder.getContext().getAuthentication();
	}

	/** The same sign-in after the holder changed the password in this session. */
	PortalAuthentication withPasswordChangedAt(Instant changedAt) {
		return copy(changedAt, this.factors, this.secondFactorEnrolled, this.secondStepRequired);
	}

	@Override
	public String getName() {
		return PortalUser.principalName(this.accountId);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Object getPrincipal() {
		return getName();
	}

	long accountId() {
		return this.accountId;
	}

	/** The username in compared form. */
	String username() {
		return this.username;
	}

	/** The actor of this holder's audit records: the username, marked as a portal one. */
	@Override
	public String actor() {
		return actor(this.username);
	}

	static String actor(String username) {
		return PortalUser.actor(username);
	}

	Instant passwordChangedAt() {
		return this.passwordChangedAt;
	}

	Instant signedInAt() {
		return this.signedInAt;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PortalAuthentication that && this.accountId == that.accountId
				&& this.signedInAt.equals(that.signedInAt) && super.equals(other);
	}

	@Override
	public int hashCode() {
		return List.of(this.accountId, this.signedInAt).hashCode();
	}

}
