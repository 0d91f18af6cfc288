package org.clinicportal.representative;

import org.clinicportal.account.AccessType;
import org.clinicportal.account.RepresentativeBasis;
import org.clinicportal.system.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The staff's *Representatives* page: the patients' requests to add someone (approve opens the
 * patient's setup form prefilled; decline asks a reason the patient reads), the representatives
 * whose access on consent ends within the notice period (*Representatives expiring*), and the
 * accesses patients revoked lately.
 */
@Controller
class RepresentativesController {

	static final String VIEW = "representative/representatives";

	private static final String MAY_CHANGE = "hasAnyRole('ADMIN','FRONT_DESK')";

	private final StaffLists lists;

	private final RepresentativeRequests requests;

	RepresentativesController(StaffLists lists, RepresentativeRequests requests) {
		this.lists = lists;
		this.requests = requests;
	}

	@GetMapping("/staff/representatives")
	String show(Model model) {
		model.addAttribute("menu", "representatives");
		model.addAttribute("openRequests", this.lists.openRequests());
		model.addAttribute("expiring", this.lists.expiring());
		model.addAttribute("revoked", this.lists.revoked());
		return VIEW;
	}

	/** Opens the patient's setup form with the request's details filled in; saving it approves the request. */
	@GetMapping("/staff/patients/{patientId}/representative-requests/{requestId}/approve")
	@PreAuthorize(MAY_CHANGE)
	String approve(@PathVariable long patientId, @PathVariable long requestId, RedirectAttributes redirect) {
		RepresentativeRequest request = this.requests.find(patientId, requestId).orElseThrow(NotFoundException::new);
		if (!request.open()) {
			redirect.addFlashAttribute("errorCode", "representative.staff.notOpen");
			return "redirect:/staff/representatives";
		}
		var form = UriComponentsBuilder.fromPath("/staff/patients/{patientId}/portal-account")
			.queryParam("username", request.email())
			.queryParam("firstName", request.firstName())
			.queryParam("lastName", request.lastName())
			.queryParam("accessType", AccessType.AUTHORIZED_REP)
			.queryParam("defaultsFor", AccessType.AUTHORIZED_REP)
			.queryParam("relationship", request.relationship())
			.queryParam("basis", RepresentativeBasis.WRITTEN_CONSENT)
			.queryParam("consentGivenOn", this.lists.date(request.requestedAt()))
			.queryParam("requestId", request.id());
		request.sections().forEach((section) -> form.queryParam("permissions", section));
		return "redirect:" + form.encode().buildAndExpand(patientId).toUriString();
	}

	@PostMapping("/staff/patients/{patientId}/representative-requests/{requestId}/decline")
	@PreAuthorize(MAY_CHANGE)
	String decline(@PathVariable long patientId, @PathVariable long requestId,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		if (reason.isBlank() || reason.length() > 500) {
			redirect.addFlashAttribute("errorCode", "representative.staff.reasonRequired");
			redirect.addFlashAttribute("reasonTyped", reason); // nothing typed is lost
			redirect.addFlashAttribute("reasonFor", requestId);
		}
		else if (!this.requests.decline(requestId, patientId, reason)) {
			redirect.addFlashAttribute("errorCode", "representative.staff.notOpen");
		}
		else {
			redirect.addFlashAttribute("messageCode", "representative.staff.declined");
		}
		return "redirect:/staff/representatives";
	}

}
