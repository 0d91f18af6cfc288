package org.clinicportal.appointment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A day off (or several) to add: for the clinician of the page, or for the whole clinic. */
public class DayOffForm {

	@NotNull(message = "{appointments.dayOff.firstRequired}")
	private LocalDate firstDay;

	private LocalDate lastDay;

	private boolean wholeClinic;

	@Size(max = 200, message = "{appointments.dayOff.noteTooLong}")
	private String note;

	public LocalDate getFirstDay() {
		return this.firstDay;
	}

	public void setFirstDay(LocalDate firstDay) {
		this.firstDay = firstDay;
	}

	public LocalDate getLastDay() {
		return this.lastDay;
	}

	public void setLastDay(LocalDate lastDay) {
		this.lastDay = lastDay;
	}

	public boolean isWholeClinic() {
		return this.wholeClinic;
	}

	public void setWholeClinic(boolean wholeClinic) {
		this.wholeClinic = wholeClinic;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = (note != null && !note.isBlank()) ? note.strip() : null;
	}

}
