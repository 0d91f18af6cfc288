package org.clinicportal.support;

import java.io.UnsupportedEncodingException;

import org.clinicportal.system.FormTokens;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/**
 * For tests of where the app keeps form tokens. Spring Security's {@code csrf()} test helper swaps
 * the token store of the chain it posts to for a session store, for the rest of the shared
 * application context's life, so such tests put the app's store back first, then post the token a
 * page carries as a browser would.
 */
public final class FormTokenStores {

	private FormTokenStores() {
	}

	/** Gives the chain serving {@code path} the app's store, with its token cookie. */
	public static void restore(WebApplicationContext context, String path, String cookieName) {
		var request = new MockHttpServletRequest(context.getServletContext(), "GET", path);
		WebTestUtils.setCsrfTokenRepository(request, new FormTokens(cookieName));
	}

	/** The form token in a page's form. */
	public static String formToken(MvcResult page) throws UnsupportedEncodingException {
		return page.getResponse().getContentAsString().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
	}

}
