package org.clinicportal.portal;

import java.time.Instant;
import java.util.List;

import org.clinicportal.account.PortalUser;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A signed-in portal account holder. Its name is the account's principal name, under which the
 * session is indexed so that staff actions can end it from any node.
 */
final class PortalAuthentication extends AbstractAuthenticationToken {

	private static final long serialVersionUID = 1L;

	/** Held by every portal session; staff authorities all start with ROLE_. */
	static final String AUTHORITY = "PORTAL_USER";

	private final long accountId;

	private final String username;

	private final Instant passwordChangedAt;

	private final Instant signedInAt;

	PortalAuthentication(long accountId, String username, Instant passwordChangedAt, Instant signedInAt) {
		super(AuthorityUtils.createAuthorityList(AUTHORITY));
		this.accountId = accountId;
		this.username = username;
		this.passwordChangedAt = passwordChangedAt;
		this.signedInAt = signedInAt;
		setAuthenticated(true);
	}

	/** The signed-in holder of the current request; only for pages the portal chain lets through. */
	static PortalAuthentication current() {
		return (PortalAuthentication) SecurityContextHolder.getContext().getAuthentication();
	}

	/** The same sign-in after the holder changed the password in this session. */
	PortalAuthentication withPasswordChangedAt(Instant changedAt) {
		var changed = new PortalAuthentication(this.accountId, this.username, changedAt, this.signedInAt);
		changed.setDetails(getDetails());
		return changed;
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

	/** The actor of this holder's audit records: the username, marked as a portal one. */
	String actor() {
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
