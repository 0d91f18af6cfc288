package org.clinicportal.portal;

import jakarta.servlet.http.HttpServletRequest;

import org.clinicportal.account.PortalUser;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's start: a representative of several patients picks whose record to view; an account
 * with one patient (a Self account above all) goes straight to that record.
 */
@Controller
class PortalHomeController {

	static final String VIEW_CHOOSE = "portal/choosePatient";

	static final String VIEW_PATIENT_HOME = "portal/patientHome";

	private final AuditTrail audit;

	PortalHomeController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping(PortalPaths.HOME)
	@PortalPage(PortalPage.NO_PATIENT)
	String home(@RequestAttribute(PortalRequests.USER) PortalUser user) {
		if (user.grants().size() == 1) {
			return "redirect:" + PortalPaths.patient(user.grants().get(0).patientId());
		}
		return VIEW_CHOOSE;
	}

	/** The switcher on every page: recorded, then the chosen patient's start page. */
	@GetMapping("/portal/switch")
	@PortalPage(PortalPage.HOME)
	String switchPatient(@RequestParam(PortalRequests.PATIENT_ID) long patientId, HttpServletRequest request) {
		this.audit.record(PortalAuthentication.current().actor(), AuditAction.PORTAL_PATIENT_SWITCHED, patientId, null, request.getRemoteAddr());
		return "redirect:" + PortalPaths.patient(patientId);
	}

	@GetMapping(PortalPaths.PATIENT)
	@PortalPage(PortalPage.HOME)
	String patientHome(@PathVariable long patientId) {
		return VIEW_PATIENT_HOME;
	}

}
