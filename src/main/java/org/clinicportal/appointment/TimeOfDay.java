package org.clinicportal.appointment;

import java.time.LocalTime;

/** The part of the day a patient prefers. Each has a label in the messages ({@code appointments.timeOfDay.*}). */
enum TimeOfDay {

	MORNING, AFTERNOON, EVENING;

	/** The part of the day a time falls in: mornings end at noon, afternoons at 17:00. */
	static TimeOfDay of(LocalTime time) {
		if (time.isBefore(LocalTime.NOON)) {
			return MORNING;
		}
		return time.isBefore(LocalTime.of(17, 0)) ? AFTERNOON : EVENING;
	}

}
