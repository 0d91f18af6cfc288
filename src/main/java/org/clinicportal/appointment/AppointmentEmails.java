package org.clinicportal.appointment;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.clinicportal.account.PortalContact;
import org.clinicportal.account.PortalUsers;
import org.clinicportal.notification.Notifications;
import org.clinicportal.notification.OutgoingEmail;
import org.clinicportal.patient.PatientDirectory;
import org.clinicportal.patient.PatientSummary;

import org.springframework.stereotype.Component;

/**
 * The emails about appointments, to every account with the Appointments permission for the patient.
 * They say when and where, never the kind of visit or who the clinician is: either can reveal a
 * diagnosis. Queued in the caller's transaction.
 */
@Component
class AppointmentEmails {

	static final String REMINDER = "appointmentReminder";

	static final String NEWS = "appointmentNews";

	private final PortalUsers users;

	private final Notifications notifications;

	private final PatientDirectory patients;

	private final CalendarFiles calendars;

	private final ClinicTimes times;

	AppointmentEmails(PortalUsers users, Notifications notifications, PatientDirectory patients,
			CalendarFiles calendars, ClinicTimes times) {
		this.users = users;
		this.notifications = notifications;
		this.patients = patients;
		this.calendars = calendars;
		this.times = times;
	}

	/** A reminder of the visit with its calendar file; returns how many accounts were told. */
	int remind(Appointment appointment) {
		List<PortalContact> contacts = this.users.contacts(appointment.patientId(), AppointmentsSection.KEY);
		String patient = this.patients.find(appointment.patientId()).map(PatientSummary::firstName).orElse("");
		for (PortalContact contact : contacts) {
			// the date and the calendar file are written in the language the email will be in
			Locale language = this.notifications.languageOf(contact.reader());
			Map<String, Object> variables = new HashMap<>();
			variables.put("name", contact.firstName());
			variables.put("patient", patient);
			variables.put("date", this.times.longDate(this.times.date(appointment.start()), language));
			variables.put("time", this.times.time(appointment.start()));
			variables.put("zone", this.times.zoneName(language));
			variables.put("video", appointment.telehealth());
			variables.put("path", path(appointment.patientId()));
			this.notifications.queue(OutgoingEmail.to(contact.reader(), contact.email(), REMINDER, variables,
					List.of(this.calendars.attachment(appointment, language))));
		}
		return contacts.size();
	}

	/** Tells the patient's accounts that something about their appointments changed; see the portal. */
	int news(long patientId) {
		List<PortalContact> contacts = this.users.contacts(patientId, AppointmentsSection.KEY);
		for (PortalContact contact : contacts) {
			this.notifications.queue(OutgoingEmail.to(contact.reader(), contact.email(), NEWS,
					Map.of("name", contact.firstName(), "path", path(patientId))));
		}
		return contacts.size();
	}

	private static String path(long patientId) {
		return "/portal/patients/" + patientId + "/appointments";
	}

}
