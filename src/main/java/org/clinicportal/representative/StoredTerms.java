package org.clinicportal.representative;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.clinicportal.account.RepresentativeTerms;
import org.clinicportal.representative.Standing.Stage;

/**
 * A representative's terms as stored, with what the rules need besides.
 *
 * @param accountId the representative's account
 * @param patientId the patient
 * @param terms as staff set them
 * @param revokedAt when the patient ended the access, if they did
 * @param stage the stage the daily job last applied
 * @param noticeFor the end date the patient and staff were last told is near
 */
record StoredTerms(long accountId, long patientId, RepresentativeTerms terms, Instant revokedAt, Stage stage,
		LocalDate noticeFor) {

	/** The grant as the rules read it, with these ticked sections and the patient's date of birth. */
	RepresentativeRules.Grant grant(Set<String> sections, LocalDate dateOfBirth) {
		return new RepresentativeRules.Grant(this.terms.basis(), sections, dateOfBirth, this.terms.documentEndsOn(),
				this.terms.accessEndsOn(), this.revokedAt != null);
	}

}
