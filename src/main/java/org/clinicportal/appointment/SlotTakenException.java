package org.clinicportal.appointment;

/** The database refused a booking: another appointment of the clinician already holds part of its time. */
class SlotTakenException extends RuntimeException {

	SlotTakenException(Throwable cause) {
		super("The clinician is already booked at that time", cause);
	}

}
