package org.clinicportal.appointment;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Set;

/**
 * A patient's request for an appointment, made in the portal.
 *
 * @param id the request
 * @param patientId for whom
 * @param typeId the kind of visit
 * @param typeName its name
 * @param clinicianId the clinician preferred, or {@code null} for any
 * @param days the days of the week preferred; empty for any
 * @param times the times of day preferred; empty for any
 * @param note what the patient added, or {@code null}
 * @param requestedByName who made it
 * @param onBehalf whether a representative made it on the patient's behalf
 * @param requestedAt when
 * @param status PENDING, BOOKED, DECLINED or WITHDRAWN
 * @param declineReason the reason given when declined, which the patient sees
 * @param appointmentId the appointment booked for it, or {@code null}
 */
record AppointmentRequest(long id, long patientId, long typeId, String typeName, Long clinicianId, Set<DayOfWeek> days,
		Set<TimeOfDay> times, String note, String requestedByName, boolean onBehalf, Instant requestedAt, String status,
		String declineReason, Long appointmentId) {

	static final String PENDING = "PENDING";

	public boolean pending() {
		return PENDING.equals(this.status);
	}

}
