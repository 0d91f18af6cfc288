package org.clinicportal.account;

import java.time.LocalDate;

/**
 * What the setup form records about a representative's access besides its sections.
 *
 * @param relationship who they are to the patient
 * @param basis on what their access rests
 * @param documentReference the guardianship document's reference (legal guardian)
 * @param documentEndsOn the day the guardianship ends, if it does (legal guardian)
 * @param consentGivenOn the day the patient gave written consent (written consent)
 * @param accessEndsOn the first day without access, if any
 * @param requestId the patient's request this grant answers, if any
 */
public record RepresentativeTerms(Relationship relationship, RepresentativeBasis basis, String documentReference,
		LocalDate documentEndsOn, LocalDate consentGivenOn, LocalDate accessEndsOn, Long requestId) {

	/** No terms: what a form without them sends. */
	public static final RepresentativeTerms NONE = new RepresentativeTerms(null, null, null, null, null, null, null);

}
