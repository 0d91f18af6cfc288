package org.clinicportal.appointment;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A clinician's working hours and days off (and the clinic's), for administrators. */
@Controller
@RequestMapping("/staff/schedule/clinicians/{clinicianId}/hours")
@PreAuthorize("hasRole('ADMIN')")
class WorkingHoursController {

	static final String VIEW = "appointment/hours";

	private final Clinicians clinicians;

	private final WorkingTimes workingTimes;

	private final ClinicTimes times;

	WorkingHoursController(Clinicians clinicians, WorkingTimes workingTimes, ClinicTimes times) {
		this.clinicians = clinicians;
		this.workingTimes = workingTimes;
		this.times = times;
	}

	@ModelAttribute("clinician")
	StaffMember clinician(@PathVariable long clinicianId) {
		return this.clinicians.find(clinicianId).orElseThrow(NotFoundException::new);
	}

	@GetMapping
	String showHours(@ModelAttribute("clinician") StaffMember clinician, Model model) {
		model.addAttribute("hours", WorkingHoursForm.of(this.workingTimes.hours(clinician.id())));
		model.addAttribute("dayOff", new DayOffForm());
		return page(clinician, model);
	}

	@PostMapping
	String processHours(@ModelAttribute("clinician") StaffMember clinician,
			@ModelAttribute("hours") WorkingHoursForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		List<WorkingHours> hours = hours(form, result);
		if (result.hasErrors()) {
			model.addAttribute("dayOff", new DayOffForm());
			return page(clinician, model);
		}
		this.workingTimes.replaceHours(clinician.id(), clinician.fullName(), hours);
		redirect.addFlashAttribute("messageCode", "appointments.hours.saved");
		return "redirect:/staff/schedule/clinicians/" + clinician.id() + "/hours";
	}

	@PostMapping("/days-off")
	String addDayOff(@ModelAttribute("clinician") StaffMember clinician, @Valid @ModelAttribute("dayOff") DayOffForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		LocalDate last = (form.getLastDay() != null) ? form.getLastDay() : form.getFirstDay();
		if (form.getFirstDay() != null && !result.hasFieldErrors("lastDay") && last.isBefore(form.getFirstDay())) {
			result.rejectValue("lastDay", "appointments.dayOff.order");
		}
		if (result.hasErrors()) {
			model.addAttribute("hours", WorkingHoursForm.of(this.workingTimes.hours(clinician.id())));
			return page(clinician, model);
		}
		this.workingTimes.addDayOff(form.isWholeClinic() ? null : clinician.id(),
				form.isWholeClinic() ? "the clinic" : clinician.fullName(), form.getFirstDay(), last, form.getNote());
		redirect.addFlashAttribute("messageCode", "appointments.dayOff.added");
		return "redirect:/staff/schedule/clinicians/" + clinician.id() + "/hours";
	}

	@PostMapping("/days-off/{dayOffId}/remove")
	String removeDayOff(@ModelAttribute("clinician") StaffMember clinician, @PathVariable long dayOffId,
			RedirectAttributes redirect) {
		boolean removed = this.workingTimes.removeDayOff(dayOffId, clinician.id());
		redirect.addFlashAttribute("messageCode", removed ? "appointments.dayOff.removed" : "appointments.dayOff.gone");
		return "redirect:/staff/schedule/clinicians/" + clinician.id() + "/hours";
	}

	/** The periods typed, each checked: HH:MM on the 5-minute grid, the end after the start. */
	private static List<WorkingHours> hours(WorkingHoursForm form, BindingResult result) {
		List<WorkingHours> hours = new ArrayList<>();
		for (int i = 0; i < WorkingHoursForm.PERIODS; i++) {
			if (form.from(i) == null && form.to(i) == null) {
				continue;
			}
			LocalTime from = time(form.from(i));
			LocalTime to = time(form.to(i));
			if (from == null || to == null || !from.isBefore(to)) {
				result.rejectValue("from[" + i + "]", "appointments.hours.invalid");
				continue;
			}
			var added = new WorkingHours(WorkingHoursForm.day(i), from, to);
			if (hours.stream().anyMatch((h) -> h.day() == added.day() && h.from().isBefore(to) && from.isBefore(h.to()))) {
				result.rejectValue("from[" + i + "]", "appointments.hours.overlap");
				continue;
			}
			hours.add(added);
		}
		return hours;
	}

	private static LocalTime time(String text) {
		if (text == null || !text.matches("\\d{2}:\\d{2}")) {
			return null;
		}
		try {
			LocalTime time = LocalTime.parse(text);
			return (time.getMinute() % 5 == 0) ? time : null;
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private String page(StaffMember clinician, Model model) {
		LocalDate today = this.times.today();
		model.addAttribute("daysOff", this.workingTimes.daysOff(clinician.id(), today, today.plusYears(5)));
		model.addAttribute("zone", this.times.zoneName());
		model.addAttribute("weekdays", java.time.DayOfWeek.values());
		return VIEW;
	}

}
