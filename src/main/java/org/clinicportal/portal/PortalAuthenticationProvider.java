package org.clinicportal.portal;

import java.time.Clock;
import java.time.Instant;

import org.clinicportal.account.PortalSignIns;
import org.clinicportal.account.SignInAttempt;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.system.Usernames;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signs portal account holders in. Every refusal looks the same to the person; the real reason
 * goes to the audit trail (recorded by {@link PortalSignIns}, and here for a throttled address).
 * Publishes no authentication events, so the staff sign-in audit never sees portal attempts.
 */
final class PortalAuthenticationProvider implements AuthenticationProvider {

	private final PortalSignIns signIns;

	private final Throttle addressFailures;

	private final AuditTrail audit;

	private final Clock clock;

	PortalAuthenticationProvider(PortalSignIns signIns, Throttle addressFailures, AuditTrail audit, Clock clock) {
		this.signIns = signIns;
		this.addressFailures = addressFailures;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String username = Usernames.normalize(attempt.getName());
		String password = (attempt.getCredentials() != null) ? attempt.getCredentials().toString() : "";
		String address = address(attempt);
		if (!this.addressFailures.allows(address)) {
			this.audit.record(PortalAuthentication.actor(username), AuditAction.PORTAL_SIGN_IN_FAILED, null,
					"reason: ADDRESS_THROTTLED", address);
			throw new BadCredentialsException("throttled");
		}
		SignInAttempt result = this.signIns.signIn(username, password, address);
		if (!result.succeeded()) {
			this.addressFailures.count(address);
			throw new BadCredentialsException("refused");
		}
		var signedIn = new PortalAuthentication(result.accountId(), username, result.passwordChangedAt(),
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
