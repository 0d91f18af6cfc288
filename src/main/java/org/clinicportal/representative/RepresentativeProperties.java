package org.clinicportal.representative;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The clinic's rules for representatives ({@code clinic.representatives.*}, see
 * docs/representatives.md); they follow the law of the clinic's state.
 *
 * @param confidentialityAge from this birthday a parent's access as of a minor narrows to {@code keptSections}
 * @param ageOfMajority on this birthday a parent's access as of a minor ends
 * @param consentValidity how long access on the patient's written consent lasts unless staff say otherwise
 * @param keptSections the sections a parent keeps past the confidentiality age; never MESSAGES or FORMS
 * @param expiryNotice how long before access on consent ends staff and the patient are told
 * @param check how often each node looks whether today's changes are applied
 */
@ConfigurationProperties("clinic.representatives")
record RepresentativeProperties(@DefaultValue("12") int confidentialityAge, @DefaultValue("18") int ageOfMajority,
		@DefaultValue("P1Y") Period consentValidity, @DefaultValue({ "PROFILE", "APPOINTMENTS" }) List<String> keptSections,
		@DefaultValue("30") int expiryNotice, @DefaultValue("1h") Duration check) {

	/** The sections no parent of a teenager ever keeps, whatever the setting says. */
	static final Set<String> NEVER_KEPT = Set.of("MESSAGES", "FORMS");

	RepresentativeProperties {
		if (confidentialityAge < 0 || ageOfMajority <= confidentialityAge) {
			throw new IllegalArgumentException(
					"clinic.representatives: the confidentiality age must be below the age of majority");
		}
		if (keptSections.stream().anyMatch(NEVER_KEPT::contains)) {
			throw new IllegalArgumentException("clinic.representatives.kept-sections may not hold MESSAGES or FORMS");
		}
		keptSections = List.copyOf(keptSections);
	}

}
