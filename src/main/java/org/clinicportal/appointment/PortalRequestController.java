package org.clinicportal.appointment;

import java.time.DayOfWeek;

import jakarta.validation.Valid;

import org.clinicportal.account.PortalUser;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Request an appointment, in the portal: the kind of visit, a clinician or any, days and times, a note; and Withdraw. */
@Controller
class PortalRequestController {

	static final String VIEW = "appointment/portal/request";

	private static final String REQUEST = PortalAppointmentsController.BASE + "/request";

	private final AppointmentTypes types;

	private final Clinicians clinicians;

	private final AppointmentRequests requests;

	PortalRequestController(AppointmentTypes types, Clinicians clinicians, AppointmentRequests requests) {
		this.types = types;
		this.clinicians = clinicians;
		this.requests = requests;
	}

	@GetMapping(REQUEST)
	@PortalPage(AppointmentsSection.KEY)
	String initRequestForm(@PathVariable long patientId, Model model) {
		model.addAttribute("request", new AppointmentRequestForm());
		return page(model);
	}

	@PostMapping(REQUEST)
	@PortalPage(AppointmentsSection.KEY)
	String processRequestForm(@PathVariable long patientId, @Valid @ModelAttribute("request") AppointmentRequestForm form,
			BindingResult result, @RequestAttribute(PortalRequests.USER) PortalUser user, Model model,
			RedirectAttributes redirect) {
		var type = (form.getTypeId() == null) ? null
				: this.types.find(form.getTypeId()).filter(AppointmentType::active).orElse(null);
		if (type == null && !result.hasFieldErrors("typeId")) {
			result.rejectValue("typeId", "appointments.request.typeRequired");
		}
		if (form.getClinicianId() != null && this.clinicians.find(form.getClinicianId()).isEmpty()
				&& !result.hasFieldErrors("clinicianId")) {
			result.rejectValue("clinicianId", "appointments.request.clinicianUnknown");
		}
		if (result.hasErrors()) {
			return page(model);
		}
		String onBehalf = PortalAppointmentsController.onBehalf(user, patientId);
		this.requests.request(patientId, type, form.getClinicianId(), form.getDays(), form.getTimes(), form.getNote(),
				user.actor(), user.firstName() + " " + user.lastName(), !onBehalf.isEmpty());
		redirect.addFlashAttribute("messageCode", "appointments.request.sent");
		return "redirect:" + PortalAppointmentsController.BASE;
	}

	@PostMapping(PortalAppointmentsController.BASE + "/requests/{appointmentRequestId}/withdraw")
	@PortalPage(AppointmentsSection.KEY)
	String withdraw(@PathVariable long patientId, @PathVariable long appointmentRequestId,
			@RequestAttribute(PortalRequests.USER) PortalUser user, RedirectAttributes redirect) {
		AppointmentRequest request = this.requests.find(appointmentRequestId)
			.filter((r) -> r.patientId() == patientId)
			.orElseThrow(NotFoundException::new);
		boolean withdrawn = this.requests.withdraw(request, user.actor(),
				!PortalAppointmentsController.onBehalf(user, patientId).isEmpty());
		redirect.addFlashAttribute("messageCode",
				withdrawn ? "appointments.request.withdrawn" : "appointments.request.alreadyAnswered");
		return "redirect:" + PortalAppointmentsController.BASE;
	}

	private String page(Model model) {
		model.addAttribute("types", this.types.active());
		model.addAttribute("clinicians", this.clinicians.all());
		model.addAttribute("weekdays", DayOfWeek.values());
		model.addAttribute("timesOfDay", TimeOfDay.values());
		return VIEW;
	}

}
