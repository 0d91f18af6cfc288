package org.clinicportal.representative;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.clinicportal.account.PortalSections;
import org.clinicportal.account.PortalUser;
import org.clinicportal.account.Relationship;
import org.clinicportal.portal.PortalPage;
import org.clinicportal.portal.PortalRequests;
import org.clinicportal.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The patient's own say in the portal: *Who can see my record*, *Revoke* with a confirmation, and
 * *Ask the clinic to add someone*. Only the patient's own account sees these pages, and only for an
 * adult or a minor past the confidentiality age; anyone else is answered "not found".
 */
@Controller
@RequestMapping(WhoCanSeeController.BASE)
@PortalPage(PortalPage.HOME)
class WhoCanSeeController {

	static final String BASE = "/portal/patients/{patientId}/representatives";

	static final String VIEW_LIST = "representative/portal/whoCanSee";

	static final String VIEW_REVOKE = "representative/portal/revoke";

	static final String VIEW_ASK = "representative/portal/ask";

	private final PatientsSay say;

	private final RepresentativeRequests requests;

	private final PortalSections sections;

	WhoCanSeeController(PatientsSay say, RepresentativeRequests requests, PortalSections sections) {
		this.say = say;
		this.requests = requests;
		this.sections = sections;
	}

	@ModelAttribute
	void onlyThePatient(@PathVariable long patientId, HttpServletRequest request) {
		if (!(request.getAttribute(PortalRequests.USER) instanceof PortalUser user) || !this.say.hasSay(user, patientId)) {
			throw new NotFoundException();
		}
	}

	@GetMapping
	String list(@PathVariable long patientId, Model model) {
		model.addAttribute("viewers", this.say.viewers(patientId));
		model.addAttribute("requests", this.requests.ofPatient(patientId));
		return VIEW_LIST;
	}

	@GetMapping("/{accountId}/revoke")
	String confirmRevoke(@PathVariable long patientId, @PathVariable long accountId, Model model) {
		model.addAttribute("viewer", viewer(patientId, accountId));
		return VIEW_REVOKE;
	}

	@PostMapping("/{accountId}/revoke")
	String revoke(@PathVariable long patientId, @PathVariable long accountId,
			@RequestAttribute(PortalRequests.USER) PortalUser user, HttpServletRequest request,
			RedirectAttributes redirect) {
		viewer(patientId, accountId);
		this.say.revoke(patientId, accountId, user.actor(), request.getRemoteAddr());
		redirect.addFlashAttribute("messageCode", "representative.portal.revoked");
		return "redirect:" + BASE.replace("{patientId}", String.valueOf(patientId));
	}

	@GetMapping("/ask")
	String initAskForm(@PathVariable long patientId, Model model) {
		model.addAttribute("ask", new AskForm());
		return askPage(model);
	}

	@PostMapping("/ask")
	String processAskForm(@PathVariable long patientId, @Valid @ModelAttribute("ask") AskForm form, BindingResult result,
			@RequestAttribute(PortalRequests.USER) PortalUser user, Model model, RedirectAttributes redirect) {
		if (!this.sections.unknown(form.getSections()).isEmpty()) {
			result.rejectValue("sections", "representative.ask.sections");
		}
		if (result.hasErrors()) {
			return askPage(model);
		}
		this.requests.ask(patientId, user.id(), form);
		redirect.addFlashAttribute("messageCode", "representative.portal.asked");
		return "redirect:" + BASE.replace("{patientId}", String.valueOf(patientId));
	}

	private String askPage(Model model) {
		model.addAttribute("relationships", Relationship.values());
		model.addAttribute("allSections", this.sections.all());
		return VIEW_ASK;
	}

	/** A current representative of the patient; anything else is not found. */
	private RecordViewer viewer(long patientId, long accountId) {
		return this.say.viewers(patientId)
			.stream()
			.filter((v) -> v.accountId() == accountId && !v.ended())
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

}
