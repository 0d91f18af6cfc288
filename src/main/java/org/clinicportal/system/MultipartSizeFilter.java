package org.clinicportal.system;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.util.WebUtils;

/**
 * Answers a multipart post (a message with its files) larger than the clinic accepts with the page
 * that says what fits (413), before anything reads it: one announced as larger than
 * {@code spring.servlet.multipart.max-request-size} unread, one whose parts the container refuses
 * (text fields over the form post limit, or more than announced) once it has tried. Without it the
 * container's refusal would surface as a server error, or as a refused form token.
 */
@Component
// after the character encoding filter, before NulCharacterFilter reads the parameters
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class MultipartSizeFilter extends OncePerRequestFilter {

	static final String UPLOAD_TEXT = "error.413.upload.text";

	private final long maxRequestSize;

	MultipartSizeFilter(@Value("${spring.servlet.multipart.max-request-size:51MB}") DataSize maxRequestSize) {
		this.maxRequestSize = maxRequestSize.toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxRequestSize) {
			tooLarge(request, response);
			return;
		}
		try {
			request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			tooLarge(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		request.setAttribute(NulCharacterFilter.ERROR_TEXT, UPLOAD_TEXT);
		// tells the error page's dispatch that the parts cannot be read, so that it renders without them
		request.setAttribute(WebUtils.ERROR_EXCEPTION_ATTRIBUTE, new MaxUploadSizeExceededException(this.maxRequestSize));
		response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
	}

}
