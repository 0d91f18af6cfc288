package org.clinicportal.appointment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.clinicportal.patient.PatientDirectory;
import org.clinicportal.patient.PatientSummary;
import org.clinicportal.staff.StaffMember;
import org.clinicportal.system.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Schedule: the clinic's day, one column per clinician (a page of them at a time), with the queue
 * of patients' requests; a clinician's week. Rendered on the server, usable without script, printable.
 */
@Controller
class ScheduleController {

	static final String VIEW_DAY = "appointment/day";

	static final String VIEW_WEEK = "appointment/week";

	/** Clinicians side by side on one page of the day view. */
	static final int COLUMNS = 8;

	private final Schedules schedules;

	private final Clinicians clinicians;

	private final AppointmentRequests requests;

	private final PatientDirectory patients;

	private final ClinicTimes times;

	ScheduleController(Schedules schedules, Clinicians clinicians, AppointmentRequests requests,
			PatientDirectory patients, ClinicTimes times) {
		this.schedules = schedules;
		this.clinicians = clinicians;
		this.requests = requests;
		this.patients = patients;
		this.times = times;
	}

	@GetMapping("/staff/schedule")
	String showDay(@RequestParam(required = false) LocalDate date, @RequestParam(defaultValue = "0") int page,
			Model model) {
		LocalDate day = within(date);
		List<StaffMember> all = this.clinicians.all();
		int pages = Math.max(1, (all.size() + COLUMNS - 1) / COLUMNS);
		int shown = Math.min(Math.max(page, 0), pages - 1);
		List<StaffMember> columns = all.subList(Math.min(shown * COLUMNS, all.size()),
				Math.min((shown + 1) * COLUMNS, all.size()));
		model.addAttribute("columns", this.schedules.day(day, columns));
		model.addAttribute("page", shown);
		model.addAttribute("pages", pages);
		model.addAttribute("clinicians", all);
		dayAttributes(day, model);
		if (!model.containsAttribute("decline")) {
			model.addAttribute("decline", new ReasonForm());
		}
		return queue(model);
	}

	@GetMapping("/staff/schedule/clinicians/{clinicianId}")
	String showWeek(@PathVariable long clinicianId, @RequestParam(required = false) LocalDate week, Model model) {
		StaffMember clinician = this.clinicians.find(clinicianId).orElseThrow(NotFoundException::new);
		LocalDate monday = this.times.monday(within(week));
		model.addAttribute("clinician", clinician);
		model.addAttribute("columns", this.schedules.week(clinician, monday));
		model.addAttribute("monday", monday);
		model.addAttribute("previousWeek", monday.minusWeeks(1));
		model.addAttribute("nextWeek", monday.plusWeeks(1));
		model.addAttribute("weekOf", this.times.longDate(monday));
		model.addAttribute("zone", this.times.zoneName());
		model.addAttribute("clinicians", this.clinicians.all());
		return VIEW_WEEK;
	}

	@PostMapping("/staff/schedule/requests/{appointmentRequestId}/decline")
	@PreAuthorize("hasAnyRole('ADMIN','FRONT_DESK')")
	String decline(@PathVariable long appointmentRequestId, @Valid @ModelAttribute("decline") ReasonForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		AppointmentRequest request = this.requests.find(appointmentRequestId).orElseThrow(NotFoundException::new);
		if (result.hasErrors()) {
			model.addAttribute("declining", appointmentRequestId);
			return showDay(null, 0, model);
		}
		boolean declined = request.pending() && this.requests.decline(request, form.getReason());
		redirect.addFlashAttribute("messageCode", declined ? "appointments.request.declined" : "appointments.request.answered");
		return "redirect:/staff/schedule";
	}

	private String queue(Model model) {
		List<AppointmentRequest> pending = this.requests.pending();
		Map<Long, PatientSummary> patients = this.patients.findAll(pending.stream().map(AppointmentRequest::patientId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(PatientSummary::id, Function.identity()));
		model.addAttribute("requests", pending);
		model.addAttribute("requestPatients", patients);
		model.addAttribute("clinicianNames", this.clinicians.names());
		return VIEW_DAY;
	}

	private void dayAttributes(LocalDate day, Model model) {
		model.addAttribute("date", day);
		model.addAttribute("longDate", this.times.longDate(day));
		model.addAttribute("previousDay", day.minusDays(1));
		model.addAttribute("nextDay", day.plusDays(1));
		model.addAttribute("today", this.times.today());
		model.addAttribute("zone", this.times.zoneName());
		model.addAttribute("clocksChange", this.times.changesOn(day));
	}

	/** The date asked for, or today; a date too far off for the calendar is today too. */
	private LocalDate within(LocalDate date) {
		LocalDate today = this.times.today();
		return (date == null || date.isBefore(today.minusYears(20)) || date.isAfter(today.plusYears(20))) ? today : date;
	}

}
