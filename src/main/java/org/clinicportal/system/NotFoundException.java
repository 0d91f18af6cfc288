package org.clinicportal.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Thrown when a page names something that does not exist (or that the user may not know of). */
public class NotFoundException extends ResponseStatusException {

	public NotFoundException() {
		super(HttpStatus.NOT_FOUND);
	}

}
