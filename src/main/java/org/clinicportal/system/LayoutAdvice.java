package org.clinicportal.system;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Puts into every page model what both layouts need: the clinic's settings (none of them secret)
 * the idle timeout, for the warning a minute before a signed-in session ends, and the English /
 * Español links, each to this same page in that language.
 */
@ControllerAdvice
class LayoutAdvice {

	private final ClinicProperties clinic;

	private final long idleSeconds;

	LayoutAdvice(ClinicProperties clinic, @Value("${spring.session.timeout:15m}") Duration idleTimeout) {
		this.clinic = clinic;
		this.idleSeconds = idleTimeout.toSeconds();
	}

	@ModelAttribute("clinic")
	ClinicProperties clinic() {
		return this.clinic;
	}

	@ModelAttribute("idleSeconds")
	long idleSeconds() {
		return this.idleSeconds;
	}

	@ModelAttribute("languageLinks")
	List<LanguageLink> languageLinks(HttpServletRequest request) {
		String path = (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original)
				? original : request.getRequestURI();
		String query = (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) ? null
				: request.getQueryString();
		return SupportedLanguages.ALL.stream()
			.map((language) -> new LanguageLink(language.getLanguage(), UriComponentsBuilder.fromPath(path)
				.query(query)
				.replaceQueryParam(LanguageConfiguration.PARAMETER, language.getLanguage())
				.build()
				.toUriString()))
			.toList();
	}

	/** A link to this page in another language; its label is the message {@code language.TAG}. */
	record LanguageLink(String tag, String href) {
	}

}
