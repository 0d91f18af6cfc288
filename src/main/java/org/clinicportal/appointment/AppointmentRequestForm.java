package org.clinicportal.appointment;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The portal's Request an appointment form: kind of visit, clinician (or any), days, times of day, a note. */
public class AppointmentRequestForm {

	@NotNull(message = "{appointments.request.typeRequired}")
	private Long typeId;

	/** The clinician preferred; empty for any. */
	private Long clinicianId;

	private Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);

	private Set<TimeOfDay> times = EnumSet.noneOf(TimeOfDay.class);

	@Size(max = 500, message = "{appointments.request.noteTooLong}")
	private String note;

	public Long getTypeId() {
		return this.typeId;
	}

	public void setTypeId(Long typeId) {
		this.typeId = typeId;
	}

	public Long getClinicianId() {
		return this.clinicianId;
	}

	public void setClinicianId(Long clinicianId) {
		this.clinicianId = clinicianId;
	}

	public Set<DayOfWeek> getDays() {
		return this.days;
	}

	public void setDays(Set<DayOfWeek> days) {
		this.days = (days != null && !days.isEmpty()) ? EnumSet.copyOf(days) : EnumSet.noneOf(DayOfWeek.class);
	}

	public Set<TimeOfDay> getTimes() {
		return this.times;
	}

	public void setTimes(Set<TimeOfDay> times) {
		this.times = (times != null && !times.isEmpty()) ? EnumSet.copyOf(times) : EnumSet.noneOf(TimeOfDay.class);
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = (note != null && !note.isBlank()) ? note.strip() : null;
	}

}
