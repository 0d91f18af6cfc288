package org.clinicportal.appointment;

import java.time.LocalDate;

/**
 * Days without appointments.
 *
 * @param id the entry
 * @param clinicianId the clinician, or {@code null} for the whole clinic
 * @param firstDay the first day off
 * @param lastDay the last day off, the same as the first for one day
 * @param note why, for staff, or {@code null}
 */
record DayOff(long id, Long clinicianId, LocalDate firstDay, LocalDate lastDay, String note) {

	boolean covers(LocalDate date) {
		return !date.isBefore(this.firstDay) && !date.isAfter(this.lastDay);
	}

}
