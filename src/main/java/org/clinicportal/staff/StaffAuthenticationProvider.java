package org.clinicportal.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.clinicportal.audit.AuditTrail;
import org.clinicportal.credential.SignInAttempt;
import org.clinicportal.credential.TwoStep;
import org.clinicportal.credential.TwoStepProperties;
import org.clinicportal.system.Usernames;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * Signs staff users in through the one sign-in protection ({@link StaffSignIns}): every refusal looks the same to the
 * person, the real reason goes to the audit trail.
 */
final class StaffAuthenticationProvider implements AuthenticationProvider {

	private final StaffSignIns signIns;

	private final Clock clock;

	private final TwoStep twoStep;

	private final TwoStepProperties policy;

	StaffAuthenticationProvider(StaffSignIns signIns, TwoStep twoStep, TwoStepProperties policy, Clock clock) {
		this.signIns = signIns;
		this.twoStep = twoStep;
		this.policy = policy;
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
		Instant now = Instant.now(this.clock);
		boolean enrolled = this.twoStep.enrolled(standing.username());
		boolean required = enrolled || this.policy.requiredForStaff(
				standing.roles().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()));
		return new StaffSignIn(standing, now, attempt.getDetails(),
				List.of(factor(FactorGrantedAuthority.PASSWORD_AUTHORITY, now)), enrolled, required);
	}

	/**
	 * Signs in the holder of a passkey that checked out, named by the username; both factors at once.
	 * @return the sign-in, or {@code null} when the user may not sign in
	 */
	Authentication passkey(String username) {
		var user = this.signIns.standing(username);
		if (user.isEmpty() || !this.signIns.passkey(user.get().id(), AuditTrail.currentRemoteAddress()).succeeded()) {
			return null;
		}
		Instant now = Instant.now(this.clock);
		return new StaffSignIn(this.signIns.standing(username).orElseThrow(), now, null,
				List.of(factor(FactorGrantedAuthority.WEBAUTHN_AUTHORITY, now)), true, true);
	}

	private static FactorGrantedAuthority factor(String authority, Instant now) {
		return FactorGrantedAuthority.withAuthority(authority).issuedAt(now).build();
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
