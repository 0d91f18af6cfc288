package org.clinicportal.patient;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks patients up for other modules, without exposing the chart itself. */
@Service
@Transactional(readOnly = true)
public class PatientDirectory {

	private final PatientRepository patients;

	PatientDirectory(PatientRepository patients) {
		this.patients = patients;
	}

	public Optional<PatientSummary> find(long id) {
		return this.patients.findById(id)
			.map((p) -> new PatientSummary(p.getId(), p.getMrn(), p.getFirstName(), p.getLastName(),
					p.getPreferredName(), p.getDateOfBirth(), p.getEmail(), p.getPreferredLanguage()));
	}

}
