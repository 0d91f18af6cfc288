package org.clinicportal.form;

/**
 * Forms are waiting for a patient: staff requested them, or they are overdue (a reminder). Every
 * account with the Forms permission for the patient is told, without naming a form.
 *
 * @param patientId the patient
 * @param reminder whether it reminds of forms requested earlier
 */
public record FormsRequested(long patientId, boolean reminder) {

	/** The portal section whose accounts are told. */
	public static final String SECTION = FormsSection.KEY;

}
