package org.clinicportal.system;

import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Where a failed sign-in goes: back to its sign-in page, which says only "Invalid username or
 * password". No session is made to carry more, so failed attempts add no rows to the session table.
 */
public final class SignInFailure {

	private SignInFailure() {
	}

	/** Redirects to {@code url} without creating a session. */
	public static AuthenticationFailureHandler backTo(String url) {
		var failure = new SimpleUrlAuthenticationFailureHandler(url);
		failure.setAllowSessionCreation(false);
		return failure;
	}

}
