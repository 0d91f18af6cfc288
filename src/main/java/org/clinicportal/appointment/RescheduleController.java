package org.clinicportal.appointment;

import java.util.Locale;

import org.clinicportal.patient.PatientDirectory;
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

/** Reschedule: the booking page for a booked visit, its type fixed, its own time counted as free. */
@Controller
@RequestMapping("/staff/appointments/{appointmentId}/reschedule")
@PreAuthorize("hasAnyRole('ADMIN','FRONT_DESK')")
class RescheduleController {

	private final AppointmentQueries queries;

	private final AppointmentTypes types;

	private final PatientDirectory patients;

	private final BookingPage page;

	private final Bookings bookings;

	private final ClinicTimes times;

	private final MessageSource messages;

	RescheduleController(AppointmentQueries queries, AppointmentTypes types, PatientDirectory patients,
			BookingPage page, Bookings bookings, ClinicTimes times, MessageSource messages) {
		this.queries = queries;
		this.types = types;
		this.patients = patients;
		this.page = page;
		this.bookings = bookings;
		this.times = times;
		this.messages = messages;
	}

	@ModelAttribute("appointment")
	Appointment appointment(@PathVariable long appointmentId, Model model) {
		Appointment appointment = this.queries.find(appointmentId).orElseThrow(NotFoundException::new);
		model.addAttribute("patient", this.patients.find(appointment.patientId()).orElseThrow(NotFoundException::new));
		model.addAttribute("was", this.times.dateTime(appointment.start()));
		return appointment;
	}

	@GetMapping
	String initRescheduleForm(@ModelAttribute("appointment") Appointment appointment,
			@ModelAttribute("booking") BookingForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!appointment.open(this.times.now())) {
			return notOpen(appointment, redirect);
		}
		form.setTypeId(appointment.typeId());
		form.setClinicianId((form.getClinicianId() != null) ? form.getClinicianId() : appointment.clinicianId());
		form.setDate((form.getDate() != null) ? form.getDate() : this.times.date(appointment.start()));
		return this.page.show(form, result, type(appointment), appointment.id(), model);
	}

	@PostMapping
	String processRescheduleForm(@ModelAttribute("appointment") Appointment appointment,
			@ModelAttribute("booking") BookingForm form, BindingResult result, Model model, RedirectAttributes redirect,
			Locale locale) {
		if (!appointment.open(this.times.now())) {
			return notOpen(appointment, redirect);
		}
		form.setTypeId(appointment.typeId());
		var choice = this.page.check(form, result, type(appointment), true);
		if (choice.isEmpty()) {
			return this.page.show(form, result, type(appointment), appointment.id(), model);
		}
		try {
			this.bookings.reschedule(appointment, choice.get().clinician().id(), form.getStart());
		}
		catch (SlotTakenException ex) {
			this.page.taken(form, result, choice.get(), appointment.id(), model);
			return this.page.show(form, result, type(appointment), appointment.id(), model);
		}
		catch (StaleChangeException ex) {
			return notOpen(appointment, redirect);
		}
		redirect.addFlashAttribute("message", this.messages.getMessage("appointments.rescheduled",
				new Object[] { choice.get().clinician().fullName(), this.times.dateTime(form.getStart()) }, locale));
		return "redirect:/staff/appointments/" + appointment.id();
	}

	private AppointmentType type(Appointment appointment) {
		return this.types.find(appointment.typeId()).orElseThrow(NotFoundException::new);
	}

	private static String notOpen(Appointment appointment, RedirectAttributes redirect) {
		redirect.addFlashAttribute("messageCode", "appointments.notOpen");
		return "redirect:/staff/appointments/" + appointment.id();
	}

}
