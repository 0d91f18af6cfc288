package org.clinicportal.patient;

import java.util.List;

/**
 * The portal accounts that reach a patient, for the Patient Portal panel of the dashboard, without
 * the chart depending on the accounts: the account module implements it.
 */
public interface PatientPortalAccounts {

	/** The patient's accounts in the order they were given access. */
	List<Line> of(long patientId);

	/**
	 * One account as the panel lists it.
	 *
	 * @param accountId the account, for the link to its setup form
	 * @param username what the holder signs in with
	 * @param fullName the holder's name
	 * @param accessType {@code SELF} or {@code AUTHORIZED_REP}
	 * @param enabled whether it may sign in
	 * @param access for a representative, what they see today and why, and the next change; else empty
	 * @param ended whether a representative's access has ended
	 */
	record Line(long accountId, String username, String fullName, String accessType, boolean enabled,
			List<String> access, boolean ended) {

		public Line {
			access = List.copyOf(access);
		}

	}

}
