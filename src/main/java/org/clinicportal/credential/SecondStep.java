package org.clinicportal.credential;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.FactorAuthorizationDecision;
import org.springframework.security.authorization.RequiredFactor;
import org.springframework.security.authorization.RequiredFactorError;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * The second step of a sign-in, as an authorization rule added to a chain's own (Spring Security's
 * multi-factor support): a session whose sign-in needs a second factor reaches nothing until it has
 * one. A passkey is both factors on its own; a password needs an authenticator app's code or a
 * recovery code besides. The missing factor is {@link #APP}, which each chain sends to its second-step
 * page ({@code defaultDeniedHandlerForMissingAuthority}).
 */
public final class SecondStep<T> implements AuthorizationManager<T> {

	/** The factor an authenticator app's code gives. */
	public static final String APP = "FACTOR_TOTP";

	/** The factor a recovery code gives, in place of the app's. */
	public static final String RECOVERY_CODE = "FACTOR_RECOVERY_CODE";

	private static final AuthorizationDecision GRANTED = new AuthorizationDecision(true);

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, T object) {
		Authentication signedIn = authentication.get();
		if (!(signedIn instanceof Holder holder) || !holder.secondStepRequired() || complete(signedIn)) {
			return GRANTED;
		}
		return new FactorAuthorizationDecision(
				List.of(RequiredFactorError.createMissing(RequiredFactor.withAuthority(APP).build())));
	}

	/** Whether the sign-in has both factors: a passkey, or a password and a code. */
	public static boolean complete(Authentication signedIn) {
		return has(signedIn, FactorGrantedAuthority.WEBAUTHN_AUTHORITY)
				|| (has(signedIn, FactorGrantedAuthority.PASSWORD_AUTHORITY)
						&& (has(signedIn, APP) || has(signedIn, RECOVERY_CODE)));
	}

	private static boolean has(Authentication signedIn, String factor) {
		return signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(factor::equals);
	}

	/** A chain's sign-in that knows whether its holder needs a second factor, and how the audit trail names them. */
	public interface Holder {

		/** Whether the holder has a second factor or must have one (set when signing in). */
		boolean secondStepRequired();

		/** The actor of the holder's audit records. */
		String actor();

	}

}
