package org.clinicportal.appointment;

import java.util.Locale;

import org.clinicportal.patient.PatientDirectory;
import org.clinicportal.patient.PatientSummary;
import org.clinicportal.system.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * Book appointment, from a patient's chart or a patient's request: choose clinician, type and date,
 * pick one of the free times offered, Book. Front desk and administrators.
 */
@Controller
@RequestMapping("/staff/patients/{patientId}/appointments/new")
@PreAuthorize("hasAnyRole('ADMIN','FRONT_DESK')")
class BookingController {

	private final PatientDirectory patients;

	private final BookingPage page;

	private final Bookings bookings;

	private final AppointmentRequests requests;

	private final ClinicTimes times;

	private final MessageSource messages;

	BookingController(PatientDirectory patients, BookingPage page, Bookings bookings, AppointmentRequests requests,
			ClinicTimes times, MessageSource messages) {
		this.patients = patients;
		this.page = page;
		this.bookings = bookings;
		this.requests = requests;
		this.times = times;
		this.messages = messages;
	}

	@ModelAttribute("patient")
	PatientSummary patient(@PathVariable long patientId) {
		return this.patients.find(patientId).orElseThrow(NotFoundException::new);
	}

	@GetMapping
	String initBookingForm(@PathVariable long patientId, @ModelAttribute("booking") BookingForm form,
			BindingResult result, Model model) {
		this.page.prefill(form, request(patientId, form, model));
		return this.page.show(form, result, null, null, model);
	}

	@PostMapping
	String processBookingForm(@PathVariable long patientId, @ModelAttribute("booking") BookingForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		AppointmentRequest request = request(patientId, form, model);
		var choice = this.page.check(form, result, null, true);
		if (choice.isEmpty()) {
			return this.page.show(form, result, null, null, model);
		}
		long id;
		try {
			id = this.bookings.book(patientId, choice.get().clinician().id(), choice.get().type(), form.getStart(),
					(request != null) ? request.id() : null);
		}
		catch (SlotTakenException ex) {
			this.page.taken(form, result, choice.get(), null, model);
			return this.page.show(form, result, null, null, model);
		}
		catch (StaleChangeException ex) {
			result.reject("appointments.book.requestAnswered");
			return this.page.show(form, result, null, null, model);
		}
		redirect.addFlashAttribute("message", this.messages.getMessage("appointments.booked", new Object[] {
				choice.get().type().name(), choice.get().clinician().fullName(), this.times.dateTime(form.getStart()) },
				locale));
		return "redirect:/staff/appointments/" + id;
	}

	/** The pending request of this patient the booking answers, shown on the page; none when not given or answered. */
	private AppointmentRequest request(long patientId, BookingForm form, Model model) {
		if (form.getRequestId() == null) {
			return null;
		}
		AppointmentRequest request = this.requests.find(form.getRequestId())
			.filter((r) -> r.patientId() == patientId && r.pending())
			.orElse(null);
		if (request == null) {
			form.setRequestId(null);
		}
		model.addAttribute("request", request);
		return request;
	}

}
