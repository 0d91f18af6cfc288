package org.clinicportal.appointment;

import java.time.Instant;

/**
 * A booked visit.
 *
 * @param id the appointment
 * @param patientId who comes
 * @param clinicianId whom they see (a staff user)
 * @param typeId the kind of visit
 * @param typeName its name when read
 * @param colour its colour on the schedule
 * @param time when, from start to end
 * @param telehealth whether it is a video visit
 * @param videoRoom the video visit's room, or {@code null}
 * @param status where it stands
 * @param bookedBy who booked it
 * @param bookedAt when
 * @param statusBy who last marked it (or cancelled it), or {@code null}
 * @param statusAt when
 * @param cancelReason why it was cancelled, or {@code null}
 * @param requestId the patient's request it answers, or {@code null}
 * @param version its version, for changes that must not overwrite someone else's
 */
record Appointment(long id, long patientId, long clinicianId, long typeId, String typeName, String colour,
		TimeRange time, boolean telehealth, String videoRoom, AppointmentStatus status, String bookedBy,
		Instant bookedAt, String statusBy, Instant statusAt, String cancelReason, Long requestId, int version) {

	public Instant start() {
		return this.time.start();
	}

	public Instant end() {
		return this.time.end();
	}

	public long minutes() {
		return java.time.Duration.between(this.time.start(), this.time.end()).toMinutes();
	}

	public boolean cancelled() {
		return this.status == AppointmentStatus.CANCELLED;
	}

	/** Whether it is still to come and booked: what can be rescheduled or cancelled. */
	boolean open(Instant now) {
		return this.status == AppointmentStatus.BOOKED && this.time.end().isAfter(now);
	}

}
