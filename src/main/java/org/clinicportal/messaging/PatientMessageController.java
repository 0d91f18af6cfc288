package org.clinicportal.messaging;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.clinicportal.account.PortalRecipients;
import org.clinicportal.messaging.AttachmentRules.Accepted;
import org.clinicportal.patient.PatientDirectory;
import org.clinicportal.patient.PatientSummary;
import org.clinicportal.staff.StaffMember;
import org.clinicportal.system.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Message patient, from the patient's chart: a new conversation started by the clinic, in one of the user's pools. */
@Controller
@PreAuthorize(InboxController.STAFF)
@RequestMapping("/staff/patients/{patientId}/messages/new")
class PatientMessageController {

	static final String VIEW = "messaging/newForPatient";

	private final PoolAccess access;

	private final Pools pools;

	private final Conversations writer;

	private final PatientDirectory patients;

	private final PortalRecipients recipients;

	private final MessageSource messages;

	PatientMessageController(PoolAccess access, Pools pools, Conversations writer, PatientDirectory patients,
			PortalRecipients recipients, MessageSource messages) {
		this.access = access;
		this.pools = pools;
		this.writer = writer;
		this.patients = patients;
		this.recipients = recipients;
		this.messages = messages;
	}

	@ModelAttribute("patient")
	PatientSummary patient(@PathVariable long patientId) {
		return this.patients.find(patientId).orElseThrow(NotFoundException::new);
	}

	@GetMapping
	String initMessageForm(@PathVariable long patientId, Authentication authentication, Model model) {
		model.addAttribute("message", MessageForm.empty());
		return page(patientId, this.access.staff(authentication), model);
	}

	@PostMapping
	String processMessageForm(@PathVariable long patientId, @Valid @ModelAttribute("message") MessageForm form,
			BindingResult result, @RequestParam(name = MessageFiles.PART, required = false) List<MultipartFile> files,
			Authentication authentication, Model model, RedirectAttributes redirect, Locale locale) {
		StaffMember member = this.access.staff(authentication);
		Pool pool = form.poolAmong(this.pools.of(member.id()), result);
		List<Accepted> accepted = MessageFiles.check(files, result);
		if (result.hasErrors()) {
			return page(patientId, member, model);
		}
		long id = this.writer.start(patientId, pool, form.subject(), form.body(), accepted, PoolAccess.author(member),
				MessageKind.CLINIC);
		redirect.addFlashAttribute("messageCode", "messaging.reply.sent");
		if (this.recipients.withSection(patientId, MessagesSection.KEY).isEmpty()) {
			redirect.addFlashAttribute("error", this.messages.getMessage("messaging.patient.noAccount", null, locale));
		}
		return "redirect:/staff/messages/" + id;
	}

	private String page(long patientId, StaffMember member, Model model) {
		model.addAttribute("pools", this.pools.of(member.id()));
		model.addAttribute("readers", this.recipients.withSection(patientId, MessagesSection.KEY).size());
		return VIEW;
	}

}
