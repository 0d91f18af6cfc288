package org.clinicportal.appointment;

import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * What a patient (or someone acting for them) may do with an appointment in the portal: cancel it
 * while it is more than the clinic's notice period ahead ({@code clinic.appointments.cancel-notice},
 * 24 hours), and join a video visit from a little before its start until its end.
 */
@Component
class PatientActions {

	private final AppointmentProperties properties;

	PatientActions(AppointmentProperties properties) {
		this.properties = properties;
	}

	/** Whether the portal may cancel it now; inside the notice period the patient calls the clinic. */
	boolean mayCancel(Appointment appointment, Instant now) {
		return appointment.status() == AppointmentStatus.BOOKED
				&& appointment.start().minus(this.properties.cancelNotice()).isAfter(now);
	}

	/** Whether it is booked and still ahead, but inside the notice period. */
	boolean tooLateToCancel(Appointment appointment, Instant now) {
		return appointment.open(now) && !mayCancel(appointment, now);
	}

	/** The join link of a video visit while it may be joined, or {@code null}. */
	String joinLink(Appointment appointment, Instant now) {
		boolean joinable = appointment.telehealth() && appointment.videoRoom() != null
				&& (appointment.status() == AppointmentStatus.BOOKED || appointment.status() == AppointmentStatus.ARRIVED)
				&& !now.isBefore(appointment.start().minus(this.properties.joinBefore()))
				&& now.isBefore(appointment.end());
		return joinable ? this.properties.joinLink(appointment.videoRoom()) : null;
	}

	long noticeHours() {
		return this.properties.cancelNotice().toHours();
	}

	long joinMinutes() {
		return this.properties.joinBefore().toMinutes();
	}

}
