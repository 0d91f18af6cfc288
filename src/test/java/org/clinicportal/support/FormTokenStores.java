package org.clinicportal.support;

import org.clinicportal.system.FormTokens;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.web.context.WebApplicationContext;

/**
 * Spring Security's {@code csrf()} test helper swaps the token store of the chain it posts to for a
 * session store, for the rest of the shared application context's life. Tests of where the app
 * itself keeps form tokens put the app's store back first.
 */
public final class FormTokenStores {

	private FormTokenStores() {
	}

	/** Gives the chain serving {@code path} the app's store, with its token cookie. */
	public static void restore(WebApplicationContext context, String path, String cookieName) {
		var request = new MockHttpServletRequest(context.getServletContext(), "GET", path);
		WebTestUtils.setCsrfTokenRepository(request, new FormTokens(cookieName));
	}

}
