package org.clinicportal.form;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.clinicportal.account.AccessType;
import org.clinicportal.account.PortalUser;
import org.clinicportal.form.FormResponses.FormClosedException;
import org.clinicportal.portal.PortalPage;
import org.clinicportal.portal.PortalPaths;
import org.clinicportal.portal.PortalRequests;
import org.clinicportal.system.NotFoundException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Forms section: the forms the clinic asked for, filled in question by question, saved as a
 * draft, checked on a review page, submitted once, then shown as a read-only copy. The server
 * decides which questions are asked, so the forms work without JavaScript.
 */
@Controller
class PortalFormsController {

	static final String VIEW_LIST = "form/portal/forms";

	static final String VIEW_FILL = "form/portal/formFill";

	static final String VIEW_REVIEW = "form/portal/formReview";

	static final String VIEW_COPY = "form/portal/formCopy";

	/** The prefix of answer parameters: {@code a.<linkId>}, and {@code a.<linkId>.other} for typed choices. */
	static final String ANSWER = "a.";

	static final String OTHER = ".other";

	private static final String FORM = PortalPaths.PATIENT + "/forms/{requestId}";

	private static final String REDIRECT_LIST = "redirect:" + PortalPaths.PATIENT + "/forms";

	private final FormRequests requests;

	private final FormResponses responses;

	private final FormCatalogue catalogue;

	private final ConfidentialForms confidential;

	PortalFormsController(FormRequests requests, FormResponses responses, FormCatalogue catalogue,
			ConfidentialForms confidential) {
		this.confidential = confidential;
		this.requests = requests;
		this.responses = responses;
		this.catalogue = catalogue;
	}

	@GetMapping(PortalPaths.PATIENT + "/forms")
	@PortalPage(FormsSection.KEY)
	String showForms(@PathVariable long patientId, @RequestAttribute(PortalRequests.USER) PortalUser user,
			Model model) {
		Set<Long> hidden = representative(user, patientId) ? this.confidential.hiddenFromRepresentatives(patientId)
				: Set.of();
		var all = this.requests.forPatient(patientId).stream().filter((r) -> !hidden.contains(r.id())).toList();
		model.addAttribute("pending", all.stream().filter((r) -> r.status().open()).toList());
		model.addAttribute("completed", all.stream().filter(RequestedForm::completed).toList());
		model.addAttribute("catalogue", this.catalogue);
		return VIEW_LIST;
	}

	@GetMapping(FORM)
	@PortalPage(FormsSection.KEY)
	String showForm(@PathVariable long patientId, @PathVariable long requestId,
			@RequestAttribute(PortalRequests.USER) PortalUser user, Model model, RedirectAttributes redirect) {
		RequestedForm request = request(patientId, requestId);
		if (!request.status().open()) {
			return closed(request, redirect);
		}
		this.responses.opened(request, respondent(user, patientId));
		return fill(this.responses.filled(request), Map.of(), model);
	}

	@PostMapping(FORM)
	@PortalPage(FormsSection.KEY)
	String processForm(@PathVariable long patientId, @PathVariable long requestId,
			@RequestParam MultiValueMap<String, String> params, @RequestParam(defaultValue = "draft") String action,
			@RequestAttribute(PortalRequests.USER) PortalUser user, Model model, RedirectAttributes redirect) {
		RequestedForm request = request(patientId, requestId);
		Answers answers = answers(params);
		try {
			Map<String, String> problems = saveDraft(request, answers, respondent(user, patientId));
			if (!problems.isEmpty()) {
				return fill(new FilledForm(request, this.responses.filled(request).form(), answers), problems, model);
			}
		}
		catch (FormClosedException ex) {
			return closed(request, redirect);
		}
		if ("review".equals(action)) {
			Map<String, String> problems = this.responses.problemsBeforeSubmit(request);
			if (!problems.isEmpty()) {
				return fill(this.responses.filled(request), problems, model);
			}
			return "redirect:" + FORM + "/review";
		}
		redirect.addFlashAttribute("messageCode", "forms.portal.draftSaved");
		return "redirect:" + FORM;
	}

	@GetMapping(FORM + "/review")
	@PortalPage(FormsSection.KEY)
	String showReview(@PathVariable long patientId, @PathVariable long requestId, Model model,
			RedirectAttributes redirect) {
		RequestedForm request = request(patientId, requestId);
		if (!request.status().open()) {
			return closed(request, redirect);
		}
		model.addAttribute("filled", this.responses.filled(request));
		return VIEW_REVIEW;
	}

	@PostMapping(FORM + "/submit")
	@PortalPage(FormsSection.KEY)
	String submit(@PathVariable long patientId, @PathVariable long requestId,
			@RequestAttribute(PortalRequests.USER) PortalUser user, Model model, RedirectAttributes redirect) {
		RequestedForm request = request(patientId, requestId);
		try {
			Map<String, String> problems = this.responses.submit(request, respondent(user, patientId));
			if (!problems.isEmpty()) {
				return fill(this.responses.filled(request), problems, model);
			}
		}
		catch (FormClosedException ex) {
			return closed(request, redirect);
		}
		redirect.addFlashAttribute("messageCode", "forms.portal.thanks");
		return "redirect:" + FORM + "/copy";
	}

	@GetMapping(FORM + "/copy")
	@PortalPage(FormsSection.KEY)
	String showCopy(@PathVariable long patientId, @PathVariable long requestId,
			@RequestAttribute(PortalRequests.USER) PortalUser user, Model model) {
		RequestedForm request = request(patientId, requestId);
		boolean hidden = representative(user, patientId)
				&& this.confidential.hiddenFromRepresentatives(patientId).contains(requestId);
		if (!request.completed() || hidden) {
			throw new NotFoundException();
		}
		model.addAttribute("filled", this.responses.filled(request));
		return VIEW_COPY;
	}

	private RequestedForm request(long patientId, long requestId) {
		return this.requests.find(patientId, requestId).orElseThrow(NotFoundException::new);
	}

	private String fill(FilledForm filled, Map<String, String> problems, Model model) {
		model.addAttribute("filled", filled);
		model.addAttribute("asked", filled.form().enabled(filled.answers()));
		model.addAttribute("problems", problems);
		return VIEW_FILL;
	}

	private static String closed(RequestedForm request, RedirectAttributes redirect) {
		if (request.completed()) {
			return "redirect:" + FORM + "/copy";
		}
		redirect.addFlashAttribute("messageCode", "forms.portal.closed");
		return REDIRECT_LIST;
	}

	private Respondent respondent(PortalUser user, long patientId) {
		boolean representative = representative(user, patientId);
		return new Respondent(user.actor(), user.firstName() + " " + user.lastName(), representative,
				this.confidential.patientOnly(patientId, representative), LocaleContextHolder.getLocale().getLanguage());
	}

	private static boolean representative(PortalUser user, long patientId) {
		return user.grantFor(patientId).map((grant) -> grant.accessType() == AccessType.AUTHORIZED_REP).orElse(false);
	}

	// A typed answer to an open choice counts when no offered answer is chosen.
	static Answers answers(MultiValueMap<String, String> params) {
		Map<String, String> values = new LinkedHashMap<>();
		params.forEach((name, given) -> {
			if (name.startsWith(ANSWER) && !name.endsWith(OTHER) && !given.isEmpty()) {
				values.put(name.substring(ANSWER.length()), given.get(0));
			}
		});
		params.forEach((name, given) -> {
			String linkId = name.startsWith(ANSWER) && name.endsWith(OTHER)
					? name.substring(ANSWER.length(), name.length() - OTHER.length()) : null;
			if (linkId != null && !given.isEmpty() && !given.get(0).isBlank()
					&& (values.get(linkId) == null || values.get(linkId).isBlank())) {
				values.put(linkId, given.get(0));
			}
		});
		return new Answers(values);
	}

	/**
	 * Two people acting for the patient may save the first draft of a form at the same moment; the
	 * one that finds the other's draft already stored saves over it, as later drafts always do.
	 */
	private Map<String, String> saveDraft(RequestedForm request, Answers answers, Respondent respondent) {
		try {
			return this.responses.saveDraft(request, answers, respondent);
		}
		catch (DuplicateKeyException ex) {
			return this.responses.saveDraft(request, answers, respondent);
		}
	}

}
