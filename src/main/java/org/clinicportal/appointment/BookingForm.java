package org.clinicportal.appointment;

import java.time.Instant;
import java.time.LocalDate;

/** The Book appointment (and Reschedule) page: clinician, type and date to look for free times, then the time chosen. */
public class BookingForm {

	private Long clinicianId;

	private Long typeId;

	private LocalDate date;

	private Instant start;

	private Long requestId;

	public Long getClinicianId() {
		return this.clinicianId;
	}

	public void setClinicianId(Long clinicianId) {
		this.clinicianId = clinicianId;
	}

	public Long getTypeId() {
		return this.typeId;
	}

	public void setTypeId(Long typeId) {
		this.typeId = typeId;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public Instant getStart() {
		return this.start;
	}

	public void setStart(Instant start) {
		this.start = start;
	}

	public Long getRequestId() {
		return this.requestId;
	}

	public void setRequestId(Long requestId) {
		this.requestId = requestId;
	}

}
