package org.clinicportal.staff;

import java.time.Clock;
import java.time.Instant;

import org.clinicportal.audit.AuditTrail;
import org.clinicportal.credential.SignInAttempt;
import org.clinicportal.system.Usernames;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Signs staff users in through the one sign-in protection ({@link StaffSignIns}): every refusal looks the same to the
 * person, the real reason goes to the audit trail.
 */
final class StaffAuthenticationProvider implements AuthenticationProvider {

	private final StaffSignIns signIns;

	private final Clock clock;

	StaffAuthenticationProvider(StaffSignIns signIns, Clock clock) {
		this.signIns = signIns;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String password = (attempt.getCredentials() != null) ? attempt.getCredentials().toString() : "";
		SignInAttempt result = this.signIns.signIn(attempt.getName(), password, AuditTrail.currentRemoteAddress());
		if (!result.succeeded()) {
			throw new BadCredentialsException("refused");
		}
		StaffStanding standing = this.signIns.standing(Usernames.normalize(attempt.getName()))
			.orElseThrow(() -> new BadCredentialsException("deleted meanwhile"));
		return new StaffSignIn(standing, Instant.now(this.clock), attempt.getDetails());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
