package org.clinicportal.appointment;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.clinicportal.patient.PatientDashboards;
import org.clinicportal.patient.PatientDirectory;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The Appointments panel of the Patient Dashboard: the patient's upcoming and recent appointments,
 * and Book appointment. The patient module includes the panel's template only when the model holds
 * it, so it does not depend on this module.
 */
@ControllerAdvice(basePackageClasses = PatientDirectory.class)
class DashboardAppointments {

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
		PatientDashboards.patientId(request).ifPresent((patientId) -> {
			Instant now = this.times.now();
			model.addAttribute("upcomingAppointments",
					this.visits.of(this.queries.patientFrom(patientId, now, SHOWN), false));
			model.addAttribute("recentAppointments",
					this.visits.of(this.queries.patientBefore(patientId, now, SHOWN), false));
		});
	}

}
