package org.clinicportal.portal;

import java.util.List;

import org.clinicportal.account.AccessTerms;
import org.clinicportal.account.PortalSection;
import org.clinicportal.account.PortalSections;
import org.clinicportal.account.PortalUser;

import org.springframework.stereotype.Component;

/**
 * The one rule for who sees what in the portal: an account, a patient, a section. Deny by default;
 * a section the account's grant has, but the clinic's rules for representatives withhold today, is
 * denied like one it never had.
 */
@Component
class AccessPolicy {

	private final PortalSections sections;

	private final AccessTerms terms;

	AccessPolicy(PortalSections sections, AccessTerms terms) {
		this.sections = sections;
		this.terms = terms;
	}

	/**
	 * The account as its grants stand today: a representative's sections withheld by the clinic's
	 * rules (a teenager's confidentiality) left out, and grants that ended (at majority, on their end
	 * date, revoked by the patient) gone. The session guard applies it to every request before
	 * anything reads the account, so an open session sees a change on its next request.
	 */
	PortalUser inForce(PortalUser user) {
		return this.terms.inForce(user);
	}

	/**
	 * Whether the account may see the page for the patient: a page about no patient needs only an
	 * enabled account, a patient's start page any grant for the patient, a section's page a grant
	 * with that section; a section nobody declared is seen by nobody.
	 */
	boolean permits(PortalUser user, long patientId, String page) {
		if (user == null || !user.enabled()) {
			return false;
		}
		if (PortalPage.NO_PATIENT.equals(page)) {
			return true;
		}
		if (!PortalPage.HOME.equals(page) && this.sections.find(page).isEmpty()) {
			return false;
		}
		return user.grantFor(patientId)
			.map((grant) -> PortalPage.HOME.equals(page) || grant.permissions().contains(page))
			.orElse(false);
	}

	/** The sections the menu offers for the patient in view, in the catalogue's order. */
	List<PortalSection> sections(PortalUser user, long patientId) {
		return this.sections.all().stream().filter((section) -> permits(user, patientId, section.key())).toList();
	}

}
