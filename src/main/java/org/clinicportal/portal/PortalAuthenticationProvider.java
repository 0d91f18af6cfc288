package org.clinicportal.portal;

import java.time.Clock;
import java.time.Instant;

import org.clinicportal.account.PortalSignIns;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.credential.SignInAttempt;
import org.clinicportal.system.Usernames;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signs portal account holders in. Every refusal looks the same to the person; the real reason
 * goes to the audit trail (recorded by the sign-in protection behind {@link PortalSignIns}).
 * Publishes no authentication events, so the staff sign-in audit never sees portal attempts.
 */
final class PortalAuthenticationProvider implements AuthenticationProvider {

	private final PortalSignIns signIns;

	private final Clock clock;

	PortalAuthenticationProvider(PortalSignIns signIns, Clock clock) {
		this.signIns = signIns;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String password = (attempt.getCredentials() != null) ? attempt.getCredentials().toString() : "";
		SignInAttempt result = this.signIns.signIn(attempt.getName(), password, address(attempt));
		if (!result.succeeded()) {
			throw new BadCredentialsException("refused");
		}
		var signedIn = new PortalAuthentication(result.accountId(), Usernames.normalize(attempt.getName()),
				result.passwordChangedAt(),
				Instant.now(this.clock));
		signedIn.setDetails(attempt.getDetails());
		return signedIn;
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
