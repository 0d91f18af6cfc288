package org.clinicportal.patient;

import java.time.LocalDate;

/** A patient as other modules see them: who they are and how to reach them. */
public record PatientSummary(long id, String mrn, String firstName, String lastName, String preferredName,
		LocalDate dateOfBirth, String email, String preferredLanguage) {

	/** The name as staff read it in lists: Last, First. */
	public String displayName() {
		return this.lastName + ", " + this.firstName;
	}

}
