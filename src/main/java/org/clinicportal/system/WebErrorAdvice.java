package org.clinicportal.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Answers a value that cannot be converted to what the handler takes: a malformed id in an address
 * is like an unknown one, the not-found page; a malformed request parameter gets the "could not be
 * read" page (400). Form objects bind unreadable values into messages on their page instead.
 */
@ControllerAdvice
class WebErrorAdvice {

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void unreadableValue(MethodArgumentTypeMismatchException ex, HttpServletResponse response) throws IOException {
		boolean inAddress = ex.getParameter().hasParameterAnnotation(PathVariable.class);
		response.sendError(inAddress ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST);
	}

}
