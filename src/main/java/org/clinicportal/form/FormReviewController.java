package org.clinicportal.form;

import java.util.Locale;
import java.util.Optional;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.patient.PatientDirectory;
import org.clinicportal.system.NotFoundException;
import org.clinicportal.system.SupportedLanguages;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What staff do with completed forms: read a submission with its score and flags, mark it reviewed
 * (clinicians), download it as a FHIR QuestionnaireResponse, and work through the Forms inbox.
 */
@Controller
class FormReviewController {

	static final String VIEW_SUBMISSION = "form/submission";

	static final String VIEW_INBOX = "form/inbox";

	static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

	private final FormResponses responses;

	private final FormRequests requests;

	private final PatientDirectory patients;

	private final AuditTrail audit;

	private final QuestionnaireResponseWriter writer = new QuestionnaireResponseWriter();

	FormReviewController(FormResponses responses, FormRequests requests, PatientDirectory patients,
			AuditTrail audit) {
		this.responses = responses;
		this.requests = requests;
		this.patients = patients;
		this.audit = audit;
	}

	/**
	 * A submission, its questions and answers in the language asked for ({@code in}), else the one it
	 * was answered in, else the staff member's.
	 */
	@GetMapping("/staff/forms/responses/{responseId}")
	String showSubmission(@PathVariable long responseId, @RequestParam(name = "in", required = false) String in,
			Locale language, Model model) {
		FilledForm filled = this.responses.submission(responseId).orElseThrow(NotFoundException::new);
		Optional<Locale> answeredIn = SupportedLanguages.of(filled.request().response().language());
		model.addAttribute("filled", filled);
		model.addAttribute("answeredIn", answeredIn.orElse(null));
		model.addAttribute("readIn", SupportedLanguages.of(in).or(() -> answeredIn).orElse(language));
		model.addAttribute("languages", SupportedLanguages.ALL);
		model.addAttribute("score", filled.score().orElse(null));
		model.addAttribute("patient", this.patients.find(filled.request().patientId()).orElseThrow());
		return VIEW_SUBMISSION;
	}

	@PostMapping("/staff/forms/responses/{responseId}/review")
	@PreAuthorize("hasRole('CLINICIAN')")
	String markReviewed(@PathVariable long responseId, Authentication clinician, RedirectAttributes redirect) {
		boolean reviewed = this.responses.markReviewed(responseId, clinician.getName());
		redirect.addFlashAttribute("messageCode",
				reviewed ? "forms.submission.markedReviewed" : "forms.submission.alreadyReviewed");
		return "redirect:/staff/forms/responses/{responseId}";
	}

	@GetMapping("/staff/forms/responses/{responseId}/fhir")
	ResponseEntity<String> download(@PathVariable long responseId) {
		FilledForm filled = this.responses.submission(responseId).orElseThrow(NotFoundException::new);
		var patient = this.patients.find(filled.request().patientId()).orElseThrow();
		String body = this.writer.write(filled, this.responses.questionnaire(responseId), patient);
		this.audit.record(AuditAction.FORM_DOWNLOADED, patient.id(), filled.request().title());
		return ResponseEntity.ok()
			.contentType(FHIR_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("QuestionnaireResponse-" + filled.form().key() + "-" + responseId + ".json")
				.build()
				.toString())
			.body(body);
	}

	@GetMapping("/staff/forms/inbox")
	String showInbox(Model model) {
		model.addAttribute("inbox", this.requests.inbox()
			.stream()
			.map((r) -> new InboxRow(r, this.patients.find(r.patientId()).orElseThrow().displayName()))
			.toList());
		return VIEW_INBOX;
	}

	/**
	 * A line of the inbox.
	 *
	 * @param request the completed request
	 * @param patientName the patient, as staff read names in lists
	 */
	public record InboxRow(RequestedForm request, String patientName) {
	}

}
