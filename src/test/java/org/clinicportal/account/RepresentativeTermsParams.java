package org.clinicportal.account;

import java.time.LocalDate;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The setup form's fields for an Authorized Rep's terms, for tests that post the form. */
public final class RepresentativeTermsParams {

	private RepresentativeTermsParams() {
	}

	/** Terms that suit any patient: the patient's written consent, given yesterday. */
	public static MultiValueMap<String, String> consent() {
		var terms = new LinkedMultiValueMap<String, String>();
		terms.add("relationship", "OTHER_CAREGIVER");
		terms.add("basis", "WRITTEN_CONSENT");
		terms.add("consentGivenOn", LocalDate.now().minusDays(1).toString());
		return terms;
	}

}
