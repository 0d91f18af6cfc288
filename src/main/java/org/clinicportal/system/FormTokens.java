package org.clinicportal.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where a chain keeps the token every form carries against cross-site requests: in the session
 * when the visitor has one, otherwise in a cookie of the chain's own (HttpOnly, SameSite=Lax,
 * Secure over HTTPS) that the form must repeat. A visitor who only opens a sign-in page therefore
 * gets no database session: sessions are made by signing in, not by every page view of a crawler
 * or an attacker. Signing in drops the cookie and gives the new session a token of its own.
 */
public final class FormTokens implements CsrfTokenRepository {

	/** The header the session's tokens are named with, for the cookie's as well. */
	private static final String HEADER = "X-CSRF-TOKEN";

	private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

	/** @param cookieName the cookie that carries the token before there is a session */
	public FormTokens(String cookieName) {
		this.cookie.setCookieName(cookieName);
		this.cookie.setHeaderName(HEADER);
		this.cookie.setCookieCustomizer((builder) -> builder.sameSite("Lax"));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return this.session.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (token == null) {
			this.session.saveToken(null, request, response);
			if (this.cookie.loadToken(request) != null) {
				this.cookie.saveToken(null, request, response);
			}
		}
		else if (request.getSession(false) != null) {
			this.session.saveToken(token, request, response);
		}
		else {
			this.cookie.saveToken(token, request, response);
		}
	}

	/** The session's token, or else the cookie's (a sign-in page opened before the session began). */
	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		CsrfToken stored = (request.getSession(false) != null) ? this.session.loadToken(request) : null;
		return (stored != null) ? stored : this.cookie.loadToken(request);
	}

}
