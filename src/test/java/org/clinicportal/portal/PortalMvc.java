package org.clinicportal.portal;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Signs in to the portal through its form in MockMvc tests, keeping the session cookie. */
public final class PortalMvc {

	private PortalMvc() {
	}

	public static String username() {
		return "holder-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	static MvcResult signInResult(MockMvc mvc, String username, String password) throws Exception {
		return mvc
			.perform(post(PortalPaths.LOGIN).with(csrf()).param("username", username).param("password", password))
			.andReturn();
	}

	/** Signs in and returns the session cookie; null when the sign-in was refused. */
	public static Cookie signIn(MockMvc mvc, String username, String password) throws Exception {
		MvcResult result = signInResult(mvc, username, password);
		if (!"/portal".equals(result.getResponse().getRedirectedUrl())) {
			return null;
		}
		return result.getResponse().getCookie("SESSION");
	}

	/** The session cookie after a request that may have given the session a new id. */
	static Cookie session(MvcResult result, Cookie before) {
		Cookie renewed = result.getResponse().getCookie("SESSION");
		return (renewed != null) ? renewed : before;
	}

}
