package org.clinicportal.representative;

import java.time.Instant;
import java.util.Set;

import org.clinicportal.account.Relationship;

/**
 * A patient's request that the clinic add someone to act for them.
 *
 * @param id the request
 * @param patientId the patient
 * @param firstName the person's first name
 * @param lastName the person's last name
 * @param email the person's email address, which becomes their username
 * @param relationship who they are to the patient
 * @param sections the sections the patient wants them to see
 * @param requestedAt when the patient asked
 * @param status OPEN, APPROVED or DECLINED
 * @param declineReason the clinic's reason, when declined
 */
record RepresentativeRequest(long id, long patientId, String firstName, String lastName, String email,
		Relationship relationship, Set<String> sections, Instant requestedAt, String status, String declineReason) {

	static final String OPEN = "OPEN";

	boolean open() {
		return OPEN.equals(this.status);
	}

}
