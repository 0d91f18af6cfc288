package org.clinicportal.form;

import java.util.Locale;

import jakarta.validation.Valid;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditDetail;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.patient.PatientDirectory;
import org.clinicportal.patient.PatientSummary;
import org.clinicportal.system.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A patient's Forms page: request forms from the catalogue, and follow what became of every
 * request (requested, in progress, completed, overdue, cancelled), with each measure's scores over time.
 */
@Controller
@RequestMapping("/staff/patients/{patientId}/forms")
class PatientFormsController {

	static final String VIEW = "form/patientForms";

	private final PatientDirectory patients;

	private final FormCatalogue catalogue;

	private final FormRequests requests;

	private final AuditTrail audit;

	private final MessageSource messages;

	PatientFormsController(PatientDirectory patients, FormCatalogue catalogue, FormRequests requests, AuditTrail audit,
			MessageSource messages) {
		this.patients = patients;
		this.catalogue = catalogue;
		this.requests = requests;
		this.audit = audit;
		this.messages = messages;
	}

	@ModelAttribute("patient")
	PatientSummary patient(@PathVariable long patientId) {
		return this.patients.find(patientId).orElseThrow(NotFoundException::new);
	}

	@GetMapping
	String showForms(@PathVariable long patientId, Model model) {
		model.addAttribute("request", new FormRequestForm());
		this.audit.recordCoded(AuditAction.FORM_VIEWED, patientId, AuditDetail.of("audit.detail.formsPage"));
		return page(patientId, model);
	}

	@PostMapping
	String processRequestForm(@PathVariable long patientId, @Valid @ModelAttribute("request") FormRequestForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		if (form.getForms().isEmpty()) {
			result.rejectValue("forms", "forms.request.none");
		}
		else if (form.getForms().stream().anyMatch((key) -> this.catalogue.find(key).isEmpty())) {
			result.rejectValue("forms", "forms.request.unknown");
		}
		if (form.getDueOn() != null && form.getDueOn().isBefore(this.requests.today())) {
			result.rejectValue("dueOn", "forms.request.pastDue");
		}
		if (result.hasErrors()) {
			return page(patientId, model);
		}
		int told = this.requests.request(patientId, form.getForms(), form.getDueOn(), form.getNote()).accountsTold();
		String titles = String.join(", ",
				form.getForms().stream().map((key) -> this.catalogue.find(key).orElseThrow().title()).toList());
		redirect.addFlashAttribute("message",
				this.messages.getMessage("forms.request.done", new Object[] { titles, told }, locale));
		if (told == 0) {
			redirect.addFlashAttribute("error", this.messages.getMessage("forms.request.noAccount", null, locale));
		}
		return "redirect:/staff/patients/{patientId}/forms";
	}

	@PostMapping("/{requestId}/cancel")
	String cancel(@PathVariable long patientId, @PathVariable long requestId, RedirectAttributes redirect) {
		boolean cancelled = this.requests.cancel(patientId, requestId);
		redirect.addFlashAttribute("messageCode", cancelled ? "forms.cancelled" : "forms.notCancelled");
		return "redirect:/staff/patients/{patientId}/forms";
	}

	private String page(long patientId, Model model) {
		var requested = this.requests.forPatient(patientId);
		model.addAttribute("catalogue", this.catalogue.all());
		model.addAttribute("requests", requested);
		model.addAttribute("charts", ScoreChart.of(requested, this.catalogue));
		return VIEW;
	}

}
