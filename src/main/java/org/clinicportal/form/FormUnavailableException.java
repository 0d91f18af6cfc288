package org.clinicportal.form;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The request names a form that is no longer in the catalogue (its file was removed): the "no
 * longer available" page, not an error.
 */
@ResponseStatus(HttpStatus.GONE)
class FormUnavailableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	FormUnavailableException(String formKey) {
		super("The form " + formKey + " is no longer in the catalogue");
	}

}
