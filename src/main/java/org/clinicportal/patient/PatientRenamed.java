package org.clinicportal.patient;

/** A patient's first or last name changed; published in the transaction that changed it. */
public record PatientRenamed(long patientId) {
}
