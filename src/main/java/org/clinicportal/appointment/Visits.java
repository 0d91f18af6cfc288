package org.clinicportal.appointment;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.clinicportal.form.FormHistory;
import org.clinicportal.patient.PatientDirectory;
import org.clinicportal.patient.PatientSummary;

import org.springframework.stereotype.Component;

/** Turns appointments into what the staff pages show: names, times in the clinic's zone, the latest scores. */
@Component
class Visits {

	/** The measures whose latest totals the schedule shows beside each patient. */
	static final List<String> MEASURES = List.of("phq-9", "gad-7");

	private final PatientDirectory patients;

	private final Clinicians clinicians;

	private final FormHistory forms;

	private final ClinicTimes times;

	Visits(PatientDirectory patients, Clinicians clinicians, FormHistory forms, ClinicTimes times) {
		this.patients = patients;
		this.clinicians = clinicians;
		this.forms = forms;
		this.times = times;
	}

	/** The appointments as visits, with the patients' latest scores when asked for; in the same order. */
	List<Visit> of(List<Appointment> appointments, boolean withScores) {
		List<Long> patientIds = appointments.stream().map(Appointment::patientId).distinct().toList();
		Map<Long, PatientSummary> byId = this.patients.findAll(patientIds)
			.stream()
			.collect(Collectors.toMap(PatientSummary::id, Function.identity()));
		Map<Long, List<FormHistory.LatestScore>> scores = withScores ? this.forms.latestScores(patientIds, MEASURES)
				: Map.of();
		Map<Long, String> clinicianNames = appointments.isEmpty() ? Map.of() : this.clinicians.names();
		return appointments.stream().map((a) -> {
			PatientSummary patient = byId.get(a.patientId());
			return new Visit(a, (patient != null) ? patient.displayName() : "—", (patient != null) ? patient.mrn() : "",
					clinicianNames.getOrDefault(a.clinicianId(), "—"), this.times.date(a.start()).toString(),
					this.times.time(a.start()), this.times.time(a.end()),
					scores.getOrDefault(a.patientId(), List.of()));
		}).toList();
	}

	Visit of(Appointment appointment) {
		return of(List.of(appointment), true).get(0);
	}

}
