package org.clinicportal.patient;

import java.security.Principal;

import org.clinicportal.patient.ProfileChanges.Decision;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Accept and Reject of the Patient Dashboard's "Portal changes to review". Every staff role that may
 * edit demographics may decide; the outcome goes back to the dashboard as a message.
 */
@Controller
@RequestMapping("/staff/patients/{id}/profile-changes/{changeId}")
class ProfileChangeController {

	/** Longest reason staff may give; the column holds 500 characters. */
	static final int MAX_REASON = 500;

	private final ProfileChanges changes;

	ProfileChangeController(ProfileChanges changes) {
		this.changes = changes;
	}

	@PostMapping("/accept")
	String processAccept(@PathVariable long id, @PathVariable long changeId, Principal staff,
			RedirectAttributes redirect) {
		Decision decision;
		try {
			decision = this.changes.accept(id, changeId, staff.getName());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			decision = Decision.CHART_CHANGED;
		}
		return toDashboard(id, decision, redirect);
	}

	@PostMapping("/reject")
	String processReject(@PathVariable long id, @PathVariable long changeId,
			@RequestParam(name = "reason", required = false) String reason, Principal staff,
			RedirectAttributes redirect) {
		if (!StringUtils.hasText(reason)) {
			redirect.addFlashAttribute("reviewError", "patient.changes.reasonRequired");
			return dashboard(id);
		}
		if (reason.strip().length() > MAX_REASON) {
			redirect.addFlashAttribute("reviewError", "patient.changes.reasonTooLong");
			return dashboard(id);
		}
		return toDashboard(id, this.changes.reject(id, changeId, staff.getName(), reason.strip()), redirect);
	}

	private static String toDashboard(long id, Decision decision, RedirectAttributes redirect) {
		switch (decision) {
			case ACCEPTED, REJECTED -> redirect.addFlashAttribute("messageCode", "patient.changes." + decision.name());
			default -> redirect.addFlashAttribute("reviewError", "patient.changes." + decision.name());
		}
		return dashboard(id);
	}

	private static String dashboard(long id) {
		return "redirect:/staff/patients/" + id + "#portal-changes";
	}

}
