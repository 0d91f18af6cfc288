package org.clinicportal.appointment;

import java.util.Set;

/** Where an appointment stands. Each has a label in the messages ({@code appointments.status.*}). */
enum AppointmentStatus {

	BOOKED, ARRIVED, COMPLETED, NO_SHOW, CANCELLED;

	/** The statuses staff mark by hand: Arrived, Completed, No-show. */
	static final Set<AppointmentStatus> MARKS = Set.of(ARRIVED, COMPLETED, NO_SHOW);

	/** Whether staff may mark an appointment of this status with the other one. */
	boolean mayBecome(AppointmentStatus next) {
		return switch (next) {
			case ARRIVED, NO_SHOW -> this == BOOKED;
			case COMPLETED -> this == BOOKED || this == ARRIVED;
			default -> false;
		};
	}

	/** Whether the appointment still holds its time: not cancelled. */
	boolean holdsTime() {
		return this != CANCELLED;
	}

}
