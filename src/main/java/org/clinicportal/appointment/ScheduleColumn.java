package org.clinicportal.appointment;

import java.util.List;

/**
 * One column of the schedule: a clinician on a day (day view) or a day of one clinician (week view).
 *
 * @param heading the clinician's name, or the date
 * @param clinicianId the clinician
 * @param date the day, YYYY-MM-DD
 * @param hours the working hours that day (such as 09:00–12:00 and 13:00–17:00, comma-separated), or {@code null}
 * @param dayOff the note of a day off (empty when it has none), or {@code null} when it is not one
 * @param visits the appointments, by start
 */
record ScheduleColumn(String heading, long clinicianId, String date, String hours, String dayOff, List<Visit> visits) {
}
