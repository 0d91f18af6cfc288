package org.clinicportal.appointment;

/**
 * An appointment as the portal shows it to the patient and those who act for them.
 *
 * @param appointment the appointment
 * @param date its date, as a sentence says it
 * @param time its start in the clinic's time
 * @param clinicianName whom the patient sees
 * @param mayCancel whether the portal may cancel it now
 * @param tooLateToCancel whether it is inside the notice period (the patient calls the clinic)
 * @param joinLink the video visit's link while it may be joined, or {@code null}
 */
record PortalVisit(Appointment appointment, String date, String time, String clinicianName, boolean mayCancel,
		boolean tooLateToCancel, String joinLink) {
}
