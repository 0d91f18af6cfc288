package org.clinicportal.system;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, for every address at once, a request with a NUL character in a parameter's name or value:
 * no form sends one, and PostgreSQL cannot store it in text. The error page says so, with status 400,
 * before sessions, sign-in or any page see the request.
 */
@Component
// right after the character encoding filter, which must come first: reading parameters fixes it
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NulCharacterFilter extends OncePerRequestFilter {

	/** The request attribute naming the error page's text, when a more precise one than its status's applies. */
	static final String ERROR_TEXT = "errorText";

	static final String NUL_TEXT = "error.400.nul.text";

	private static final char NUL = '\u0000';

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (containsNul(request.getParameterMap())) {
			request.setAttribute(ERROR_TEXT, NUL_TEXT);
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean containsNul(Map<String, String[]> parameters) {
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (parameter.getKey().indexOf(NUL) >= 0) {
				return true;
			}
			for (String value : parameter.getValue()) {
				if (value != null && value.indexOf(NUL) >= 0) {
					return true;
				}
			}
		}
		return false;
	}

}
