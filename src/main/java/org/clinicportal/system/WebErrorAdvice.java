package org.clinicportal.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Treats a malformed id in an address like an unknown one: the not-found page. */
@ControllerAdvice
class WebErrorAdvice {

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void unreadableId(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

}
