package org.clinicportal.portal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.clinicportal.account.PortalGrant;
import org.clinicportal.account.PortalSection;
import org.clinicportal.account.PortalSections;
import org.clinicportal.account.PortalUser;
import org.clinicportal.patient.PatientDirectory;
import org.clinicportal.patient.PatientSummary;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the portal layout needs on every portal page, whichever module serves it: the holder, the
 * patients they may switch between, the patient in view with the sections permitted for them (and
 * their badges, such as unread messages). Requests outside the portal carry no holder and get none.
 */
@ControllerAdvice
class PortalModelAdvice {

	private final PatientDirectory patients;

	private final AccessPolicy policy;

	private final PortalSections sections;

	PortalModelAdvice(PatientDirectory patients, AccessPolicy policy, PortalSections sections) {
		this.patients = patients;
		this.policy = policy;
		this.sections = sections;
	}

	@ModelAttribute
	void layout(HttpServletRequest request, Model model) {
		if (!(request.getAttribute(PortalRequests.USER) instanceof PortalUser user)) {
			return;
		}
		model.addAttribute("portalUser", user);
		List<PatientSummary> reachable = this.patients
			.findAll(user.grants().stream().map(PortalGrant::patientId).toList());
		model.addAttribute("portalPatients", reachable);
		if (request.getAttribute(PortalRequests.PATIENT) instanceof Long patientId) {
			model.addAttribute("patientInView",
					reachable.stream().filter((p) -> p.id() == patientId).findFirst().orElse(null));
			model.addAttribute("portalSections", this.policy.sections(user, patientId)
				.stream()
				.map((section) -> new MenuItem(section, PortalPaths.patient(patientId) + "/" + section.startPage(),
						this.sections.badge(section.key(), user.id(), patientId)))
				.toList());
		}
	}

	/** A section in the menu and on the home page: its address for the patient in view, and its badge. */
	record MenuItem(PortalSection section, String href, long badge) {
	}

}
