package org.clinicportal.appointment;

import jakarta.validation.Valid;

import org.clinicportal.patient.PatientDirectory;
import org.clinicportal.staff.StaffDirectory;
import org.clinicportal.staff.StaffRole;
import org.clinicportal.system.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An appointment's page: who, when, what, where it stands; Reschedule and Cancel (with a reason) for
 * front desk and administrators; Arrived, Completed and No-show for them and for the clinician whose
 * appointment it is.
 */
@Controller
@RequestMapping("/staff/appointments/{appointmentId}")
class AppointmentController {

	static final String VIEW = "appointment/appointment";

	private final AppointmentQueries queries;

	private final Bookings bookings;

	private final Visits visits;

	private final PatientDirectory patients;

	private final StaffDirectory staff;

	private final ClinicTimes times;

	AppointmentController(AppointmentQueries queries, Bookings bookings, Visits visits, PatientDirectory patients,
			StaffDirectory staff, ClinicTimes times) {
		this.queries = queries;
		this.bookings = bookings;
		this.visits = visits;
		this.patients = patients;
		this.staff = staff;
		this.times = times;
	}

	@ModelAttribute("appointment")
	Appointment appointment(@PathVariable long appointmentId) {
		return this.queries.find(appointmentId).orElseThrow(NotFoundException::new);
	}

	@GetMapping
	String showAppointment(@ModelAttribute("appointment") Appointment appointment, Authentication user, Model model) {
		model.addAttribute("cancel", new ReasonForm());
		return page(appointment, user, model);
	}

	@PostMapping("/cancel")
	@PreAuthorize("hasAnyRole('ADMIN','FRONT_DESK')")
	String cancel(@ModelAttribute("appointment") Appointment appointment, @Valid @ModelAttribute("cancel") ReasonForm form,
			BindingResult result, Authentication user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(appointment, user, model);
		}
		boolean cancelled = appointment.open(this.times.now())
				&& this.bookings.cancel(appointment, form.getReason(), user.getName(), false, true);
		redirect.addFlashAttribute("messageCode", cancelled ? "appointments.cancelled" : "appointments.notOpen");
		return "redirect:/staff/appointments/" + appointment.id();
	}

	@PostMapping("/status")
	String mark(@ModelAttribute("appointment") Appointment appointment, @RequestParam(required = false) String status,
			Authentication user, RedirectAttributes redirect) {
		AppointmentStatus next = AppointmentStatus.MARKS.stream()
			.filter((s) -> s.name().equals(status))
			.findFirst()
			.orElse(null);
		if (!mayMark(appointment, user)) {
			redirect.addFlashAttribute("messageCode", "appointments.mark.notYours");
		}
		else if (next == null || notYet(appointment) || !this.bookings.mark(appointment, next)) {
			redirect.addFlashAttribute("messageCode", "appointments.mark.notAllowed");
		}
		else {
			redirect.addFlashAttribute("messageCode", "appointments.marked." + next);
		}
		return "redirect:/staff/appointments/" + appointment.id();
	}

	private String page(Appointment appointment, Authentication user, Model model) {
		model.addAttribute("visit", this.visits.of(appointment));
		model.addAttribute("patient", this.patients.find(appointment.patientId()).orElseThrow(NotFoundException::new));
		model.addAttribute("when", this.times.dateTime(appointment.start()));
		model.addAttribute("zone", this.times.zoneName());
		model.addAttribute("open", appointment.open(this.times.now()));
		model.addAttribute("markable", mayMark(appointment, user) && !notYet(appointment));
		model.addAttribute("marks", AppointmentStatus.MARKS.stream()
			.filter(appointment.status()::mayBecome)
			.sorted()
			.toList());
		return VIEW;
	}

	/** Visits are marked from their day on, not before. */
	private boolean notYet(Appointment appointment) {
		return this.times.date(appointment.start()).isAfter(this.times.today());
	}

	/** Front desk and administrators mark any appointment; a clinician their own. */
	private boolean mayMark(Appointment appointment, Authentication user) {
		var roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		if (roles.contains(StaffRole.ADMIN.authority()) || roles.contains(StaffRole.FRONT_DESK.authority())) {
			return true;
		}
		return roles.contains(StaffRole.CLINICIAN.authority()) && this.staff.byUsername(user.getName())
			.filter((member) -> member.id() == appointment.clinicianId())
			.isPresent();
	}

}
