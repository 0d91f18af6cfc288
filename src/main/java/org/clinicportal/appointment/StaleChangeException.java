package org.clinicportal.appointment;

/** Someone else changed the record since it was read (or it is no longer in a state that allows the change). */
class StaleChangeException extends RuntimeException {

	StaleChangeException() {
		super("Changed by someone else in the meantime");
	}

}
