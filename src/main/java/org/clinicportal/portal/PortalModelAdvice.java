package org.clinicportal.portal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.clinicportal.account.PortalGrant;
import org.clinicportal.account.PortalUser;
import org.clinicportal.patient.PatientDirectory;
import org.clinicportal.patient.PatientSummary;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the portal layout needs on every page: the holder, the patients they may switch between, the
 * patient in view with the sections permitted for them.
 */
@ControllerAdvice(basePackageClasses = PortalModelAdvice.class)
class PortalModelAdvice {

	private final PatientDirectory patients;

	private final AccessPolicy policy;

	PortalModelAdvice(PatientDirectory patients, AccessPolicy policy) {
		this.patients = patients;
		this.policy = policy;
	}

	@ModelAttribute
	void layout(HttpServletRequest request, Model model) {
		if (!(request.getAttribute(PortalSessionGuard.USER) instanceof PortalUser user)) {
			return;
		}
		model.addAttribute("portalUser", user);
		List<PatientSummary> reachable = this.patients
			.findAll(user.grants().stream().map(PortalGrant::patientId).toList());
		model.addAttribute("patients", reachable);
		if (request.getAttribute(AccessInterceptor.PATIENT) instanceof Long patientId) {
			model.addAttribute("patientInView",
					reachable.stream().filter((p) -> p.id() == patientId).findFirst().orElse(null));
			model.addAttribute("sections", this.policy.sections(user, patientId));
		}
	}

}
