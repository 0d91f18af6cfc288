package org.clinicportal.appointment;

import java.time.Instant;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.clinicportal.patient.PatientDirectory;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The Appointments panel of the Patient Dashboard: the patient's upcoming and recent appointments,
 * and Book appointment. The patient module includes the panel's template only when the model holds
 * it, so it does not depend on this module.
 */
@ControllerAdvice(basePackageClasses = PatientDirectory.class)
class DashboardAppointments {

	/** The dashboard's address, as its handler is mapped. */
	static final String DASHBOARD = "/staff/patients/{id}";

	static final int SHOWN = 5;

	private final AppointmentQueries queries;

	private final Visits visits;

	private final ClinicTimes times;

	DashboardAppointments(AppointmentQueries queries, Visits visits, ClinicTimes times) {
		this.queries = queries;
		this.visits = visits;
		this.times = times;
	}

	@ModelAttribute
	void panel(HttpServletRequest request, Model model) {
		if (!"GET".equals(request.getMethod())
				|| !DASHBOARD.equals(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE))
				|| !(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> path)) {
			return;
		}
		long patientId;
		try {
			patientId = Long.parseLong(String.valueOf(path.get("id")));
		}
		catch (NumberFormatException ex) {
			return; // the dashboard answers a malformed id itself
		}
		Instant now = this.times.now();
		model.addAttribute("upcomingAppointments", this.visits.of(this.queries.patientFrom(patientId, now, SHOWN), false));
		model.addAttribute("recentAppointments", this.visits.of(this.queries.patientBefore(patientId, now, SHOWN), false));
	}

}
