package org.clinicportal.portal;

import java.util.Arrays;
import java.util.List;

import org.clinicportal.account.PortalUser;

import org.springframework.stereotype.Component;

/** The one rule for who sees what in the portal: an account, a patient, a section. */
@Component
class AccessPolicy {

	/** Whether the account may see the section for the patient: it needs a grant with that permission. */
	boolean permits(PortalUser user, long patientId, PortalSection section) {
		if (user == null || !user.enabled()) {
			return false;
		}
		if (!section.aboutPatient()) {
			return true;
		}
		return user.grantFor(patientId)
			.map((grant) -> section.permission() == null || grant.permissions().contains(section.permission()))
			.orElse(false);
	}

	/** The sections the menu offers for the patient in view. */
	List<PortalSection> sections(PortalUser user, long patientId) {
		return Arrays.stream(PortalSection.values())
			.filter((section) -> section.permission() != null && permits(user, patientId, section))
			.toList();
	}

}
