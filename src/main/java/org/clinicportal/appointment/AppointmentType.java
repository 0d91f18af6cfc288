package org.clinicportal.appointment;

import java.util.List;

/**
 * A kind of visit the clinic books.
 *
 * @param id the type
 * @param name its name, such as "Psychotherapy"
 * @param minutes how long a visit lasts
 * @param telehealth whether it is a video visit rather than in person
 * @param colour its colour on the schedule, {@code #rrggbb}
 * @param formKeys the forms to request before each visit (keys of the form catalogue)
 * @param formsDaysBefore how many days before the visit they are requested
 * @param active whether it can still be booked
 * @param version its version, so that two administrators editing it at once do not overwrite each other
 */
record AppointmentType(long id, String name, int minutes, boolean telehealth, String colour, List<String> formKeys,
		int formsDaysBefore, boolean active, int version) {

	AppointmentType {
		formKeys = List.copyOf(formKeys);
	}

}
