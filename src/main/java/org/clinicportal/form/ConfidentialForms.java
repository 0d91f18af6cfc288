package org.clinicportal.form;

import java.util.Set;

import org.clinicportal.patient.PatientDirectory;
import org.clinicportal.patient.PatientSummary;
import org.clinicportal.representative.RepresentativeRules;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Forms a minor past the confidentiality age completes themselves are hidden from representatives,
 * for good: the fact is stored with the submission ({@code form_response.patient_only}), not worked
 * out again from the patient's age later.
 */
@Component
class ConfidentialForms {

	private final JdbcClient jdbc;

	private final PatientDirectory patients;

	private final RepresentativeRules rules;

	ConfidentialForms(JdbcClient jdbc, PatientDirectory patients, RepresentativeRules rules) {
		this.jdbc = jdbc;
		this.patients = patients;
		this.rules = rules;
	}

	/** Whether what this respondent submits for the patient today stays with the patient alone. */
	boolean patientOnly(long patientId, boolean representative) {
		return !representative && this.patients.find(patientId)
			.map(PatientSummary::dateOfBirth)
			.map(this.rules::confidentialMinor)
			.orElse(false);
	}

	/** The patient's requests whose submitted response representatives may not see. */
	Set<Long> hiddenFromRepresentatives(long patientId) {
		return Set.copyOf(this.jdbc
			.sql("SELECT request_id FROM form_response WHERE patient_id = ? AND patient_only = TRUE")
			.param(patientId)
			.query(Long.class)
			.list());
	}

}
