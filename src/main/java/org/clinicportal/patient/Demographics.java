package org.clinicportal.patient;

import java.time.LocalDate;

/** The editable details of a patient, as one value (blank optional texts are {@code null}). */
record Demographics(String firstName, String lastName, String preferredName, LocalDate dateOfBirth, Sex sex,
		String email, String phone, String addressLine1, String addressLine2, String city, String state,
		String postalCode, String preferredLanguage) {
}
