package org.clinicportal.portal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.clinicportal.account.PortalSignIns;
import org.clinicportal.account.PortalUser;
import org.clinicportal.account.PortalUsers;
import org.clinicportal.credential.TwoStep;
import org.clinicportal.credential.TwoStepProperties;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.credential.SignInAttempt;
import org.clinicportal.system.Usernames;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signs portal account holders in. Every refusal looks the same to the person; the real reason
 * goes to the audit trail (recorded by the sign-in protection behind {@link PortalSignIns}).
 * Publishes no authentication events, so the staff sign-in audit never sees portal attempts.
 */
final class PortalAuthenticationProvider implements AuthenticationProvider {

	private final PortalSignIns signIns;

	private final PortalUsers users;

	private final TwoStep twoStep;

	private final TwoStepProperties policy;

	private final Clock clock;

	PortalAuthenticationProvider(PortalSignIns signIns, PortalUsers users, TwoStep twoStep, TwoStepProperties policy,
			Clock clock) {
		this.signIns = signIns;
		this.users = users;
		this.twoStep = twoStep;
		this.policy = policy;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String password = (attempt.getCredentials() != null) ? attempt.getCredentials().toString() : "";
		SignInAttempt result = this.signIns.signIn(attempt.getName(), password, address(attempt));
		if (!result.succeeded()) {
			throw new BadCredentialsException("refused");
		}
		Instant now = Instant.now(this.clock);
		boolean enrolled = this.twoStep.enrolled(PortalUser.principalName(result.accountId()));
		var signedIn = new PortalAuthentication(result.accountId(), Usernames.normalize(attempt.getName()),
				result.passwordChangedAt(), now, List.of(factor(FactorGrantedAuthority.PASSWORD_AUTHORITY, now)),
				enrolled, enrolled || this.policy.requiredForPortal());
		signedIn.setDetails(attempt.getDetails());
		return signedIn;
	}

	/**
	 * Signs in the holder of a passkey that checked out, named by the account's principal name; both
	 * factors at once. @return the sign-in, or {@code null} when the account may not sign in
	 */
	Authentication passkey(String holder) {
		long accountId;
		try {
			accountId = Long.parseLong(holder.substring(PortalUser.PRINCIPAL_PREFIX.length()));
		}
		catch (RuntimeException ex) {
			return null;
		}
		SignInAttempt result = this.signIns.passkey(accountId, AuditTrail.currentRemoteAddress());
		var user = this.users.user(accountId);
		if (!result.succeeded() || user.isEmpty()) {
			return null;
		}
		Instant now = Instant.now(this.clock);
		return new PortalAuthentication(accountId, Usernames.normalize(user.get().username()),
				result.passwordChangedAt(), now, List.of(factor(FactorGrantedAuthority.WEBAUTHN_AUTHORITY, now)), true,
				true);
	}

	private static FactorGrantedAuthority factor(String authority, Instant now) {
		return FactorGrantedAuthority.withAuthority(authority).issuedAt(now).build();
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String address(Authentication attempt) {
		return (attempt.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: AuditTrail.currentRemoteAddress();
	}

}
