package org.clinicportal.appointment;

import java.util.List;

import org.clinicportal.form.FormHistory.LatestScore;

/**
 * An appointment as the staff pages show it.
 *
 * @param appointment the appointment
 * @param patientName the patient, Last, First
 * @param mrn the patient's record number
 * @param clinicianName the clinician
 * @param date its date in the clinic, YYYY-MM-DD
 * @param from its start in the clinic's time
 * @param to its end in the clinic's time
 * @param scores the patient's latest PHQ-9 and GAD-7 totals, with their trend
 */
record Visit(Appointment appointment, String patientName, String mrn, String clinicianName, String date, String from,
		String to,
		List<LatestScore> scores) {
}
