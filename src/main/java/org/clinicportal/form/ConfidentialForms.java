package org.clinicportal.form;

import java.util.Set;

import org.clinicportal.account.AccessTerms;

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

	private final AccessTerms terms;

	ConfidentialForms(JdbcClient jdbc, AccessTerms terms) {
		this.jdbc = jdbc;
		this.terms = terms;
	}

	/** Whether what this respondent submits for the patient today stays with the patient alone. */
	boolean patientOnly(long patientId, boolean representative) {
		return !representative && this.terms.keptFromRepresentatives(patientId);
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
