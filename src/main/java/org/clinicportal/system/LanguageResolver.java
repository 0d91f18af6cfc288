package org.clinicportal.system;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The one place that chooses the language of a request: the language the signed-in holder chose
 * (kept on the account), else the one chosen in this browser (a cookie, set by the English /
 * Español links), else the account's suggestion (for a portal account, the patient's preferred
 * language on the chart), else the browser's {@code Accept-Language}, else English.
 */
public final class LanguageResolver implements LocaleResolver {

	/** The cookie that remembers the choice in this browser. */
	public static final String COOKIE = "clinic-language";

	private static final String CHOSEN = LanguageResolver.class.getName() + ".chosen";

	// the account's preference, looked up once a session: "principal|chosen|suggested"
	private static final String SESSION_PREFERENCE = LanguageResolver.class.getName() + ".preference";

	private static final int COOKIE_AGE = (int) Duration.ofDays(400).toSeconds();

	private final List<AccountLanguages> accounts;

	public LanguageResolver(List<AccountLanguages> accounts) {
		this.accounts = List.copyOf(accounts);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
			return chosen;
		}
		AccountLanguages.LanguagePreference preference = preference(request);
		return Optional.ofNullable(preference.chosen())
			.or(() -> cookie(request))
			.or(() -> Optional.ofNullable(preference.suggested()))
			.or(() -> browser(request))
			.orElse(SupportedLanguages.DEFAULT);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Optional<Locale> language = SupportedLanguages.of(locale);
		if (language.isEmpty()) {
			return;
		}
		request.setAttribute(CHOSEN, language.get());
		if (response != null) {
			Cookie cookie = new Cookie(COOKIE, language.get().toLanguageTag());
			cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
			cookie.setMaxAge(COOKIE_AGE);
			cookie.setHttpOnly(true);
			cookie.setSecure(request.isSecure());
			cookie.setAttribute("SameSite", "Lax");
			response.addCookie(cookie);
		}
		String principal = principal();
		if (principal != null) {
			for (AccountLanguages kind : this.accounts) {
				if (kind.choose(principal, language.get())) {
					HttpSession session = request.getSession(false);
					if (session != null) {
						session.removeAttribute(SESSION_PREFERENCE);
					}
					break;
				}
			}
		}
	}

	private AccountLanguages.LanguagePreference preference(HttpServletRequest request) {
		String principal = principal();
		if (principal == null) {
			return AccountLanguages.LanguagePreference.NONE;
		}
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SESSION_PREFERENCE) instanceof String kept) {
			String[] parts = kept.split("\\|", -1);
			if (parts.length == 3 && parts[0].equals(principal)) {
				return new AccountLanguages.LanguagePreference(SupportedLanguages.of(parts[1]).orElse(null),
						SupportedLanguages.of(parts[2]).orElse(null));
			}
		}
		AccountLanguages.LanguagePreference found = this.accounts.stream()
			.flatMap((kind) -> kind.preference(principal).stream())
			.findFirst()
			.orElse(AccountLanguages.LanguagePreference.NONE);
		if (session != null) {
			session.setAttribute(SESSION_PREFERENCE, principal + "|" + tag(found.chosen()) + "|" + tag(found.suggested()));
		}
		return found;
	}

	private static String tag(Locale locale) {
		return (locale != null) ? locale.toLanguageTag() : "";
	}

	private static Optional<Locale> cookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				return SupportedLanguages.of(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	private static Optional<Locale> browser(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") == null) {
			return Optional.empty();
		}
		// in the browser's order of preference, the first language we speak
		return Collections.list(request.getLocales())
			.stream()
			.flatMap((locale) -> SupportedLanguages.of(locale).stream())
			.findFirst();
	}

	private static String principal() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return null;
		}
		return authentication.getName();
	}

}
