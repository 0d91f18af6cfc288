package org.clinicportal.patient;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.clinicportal.audit.PatientReferences;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Names patients in the audit trail viewer, and finds them by MRN for its filter. */
@Component
@Transactional(readOnly = true)
class PatientAuditReferences implements PatientReferences {

	private final PatientRepository patients;

	PatientAuditReferences(PatientRepository patients) {
		this.patients = patients;
	}

	@Override
	public Map<Long, String> labels(Collection<Long> patientIds) {
		return this.patients.findByIdIn(patientIds)
			.stream()
			.collect(Collectors.toMap(Patient::getId, (p) -> p.getMrn() + " · " + p.getDisplayName()));
	}

	@Override
	public Optional<Long> idOfMrn(String mrn) {
		return this.patients.findByMrn(mrn).map(Patient::getId);
	}

}
