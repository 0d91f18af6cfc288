package org.clinicportal.appointment;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.clinicportal.staff.StaffMember;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The Book appointment page, shared by booking and rescheduling: the choices of clinician, type and
 * date, the free times they give, the checks of a chosen time, and the next free times when someone
 * else took it first.
 */
@Component
class BookingPage {

	static final String VIEW = "appointment/book";

	/** How far ahead visits are booked. */
	static final int DAYS_AHEAD = 730;

	static final int NEXT_FREE = 6;

	private final Clinicians clinicians;

	private final AppointmentTypes types;

	private final Availability availability;

	private final ClinicTimes times;

	BookingPage(Clinicians clinicians, AppointmentTypes types, Availability availability, ClinicTimes times) {
		this.clinicians = clinicians;
		this.types = types;
		this.availability = availability;
		this.times = times;
	}

	/** Fills what is not chosen yet: from the patient's request if there is one, else the first choices and today. */
	void prefill(BookingForm form, AppointmentRequest request) {
		if (request != null) {
			form.setTypeId((form.getTypeId() != null) ? form.getTypeId() : Long.valueOf(request.typeId()));
			form.setClinicianId((form.getClinicianId() != null) ? form.getClinicianId() : request.clinicianId());
			if (form.getDate() == null) {
				LocalDate date = this.times.today().plusDays(1);
				while (!request.days().isEmpty() && !request.days().contains(date.getDayOfWeek())) {
					date = date.plusDays(1);
				}
				form.setDate(date);
			}
		}
		if (form.getClinicianId() == null) {
			this.clinicians.all().stream().findFirst().ifPresent((c) -> form.setClinicianId(c.id()));
		}
		if (form.getTypeId() == null) {
			this.types.active().stream().findFirst().ifPresent((t) -> form.setTypeId(t.id()));
		}
		if (form.getDate() == null) {
			form.setDate(this.times.today());
		}
	}

	/**
	 * Checks the clinician, type and date (and the time, when {@code withStart}); each problem becomes a
	 * message on its field. The type of a visit being rescheduled is its own.
	 */
	Optional<Choice> check(BookingForm form, BindingResult result, AppointmentType fixedType, boolean withStart) {
		Optional<StaffMember> clinician = Optional.ofNullable(form.getClinicianId()).flatMap(this.clinicians::find);
		Optional<AppointmentType> type = (fixedType != null) ? Optional.of(fixedType)
				: Optional.ofNullable(form.getTypeId()).flatMap(this.types::find).filter(AppointmentType::active);
		if (clinician.isEmpty() && !result.hasFieldErrors("clinicianId")) {
			result.rejectValue("clinicianId", "appointments.book.clinicianRequired");
		}
		if (type.isEmpty() && !result.hasFieldErrors("typeId")) {
			result.rejectValue("typeId", "appointments.book.typeRequired");
		}
		LocalDate today = this.times.today();
		if (!result.hasFieldErrors("date") && (form.getDate() == null || form.getDate().isBefore(today)
				|| form.getDate().isAfter(today.plusDays(DAYS_AHEAD)))) {
			result.rejectValue("date", "appointments.book.dateRange", new Object[] { DAYS_AHEAD / 365 }, null);
		}
		if (withStart && !result.hasFieldErrors("start")) {
			checkStart(form.getStart(), clinician, type, result);
		}
		return (clinician.isPresent() && type.isPresent() && !result.hasErrors())
				? Optional.of(new Choice(clinician.get(), type.get())) : Optional.empty();
	}

	private void checkStart(Instant start, Optional<StaffMember> clinician, Optional<AppointmentType> type,
			BindingResult result) {
		Instant now = this.times.now();
		if (start == null) {
			result.rejectValue("start", "appointments.book.startRequired");
		}
		else if (!start.isAfter(now) || start.isAfter(now.plus(Duration.ofDays(DAYS_AHEAD))) || !SlotGrid.onGrid(start)) {
			result.rejectValue("start", "appointments.book.startInvalid");
		}
		else if (clinician.isPresent() && type.isPresent() && !this.availability.withinHours(clinician.get().id(),
				new TimeRange(start, start.plus(Duration.ofMinutes(type.get().minutes()))))) {
			result.rejectValue("start", "appointments.book.outsideHours");
		}
	}

	/** Says that someone else took the time, and offers the next free ones instead. */
	void taken(BookingForm form, BindingResult result, Choice choice, Long leaveOut, Model model) {
		result.reject("appointments.book.taken",
				new Object[] { choice.clinician().fullName(), this.times.dateTime(form.getStart()) }, null);
		List<Instant> next = this.availability.next(choice.clinician().id(), form.getStart(),
				Duration.ofMinutes(choice.type().minutes()), leaveOut, NEXT_FREE);
		model.addAttribute("nextFree", next.stream().map((t) -> new TimeChoice(t, this.times.dateTime(t))).toList());
		form.setStart(null);
	}

	/** Shows the page: the choices, and the free times of the chosen clinician, type and date. */
	String show(BookingForm form, BindingResult result, AppointmentType fixedType, Long leaveOut, Model model) {
		model.addAttribute("clinicians", this.clinicians.all());
		model.addAttribute("types", (fixedType != null) ? List.of(fixedType) : this.types.active());
		model.addAttribute("zone", this.times.zoneName());
		model.addAttribute("today", this.times.today());
		model.addAttribute("weekdays", DayOfWeek.values());
		if (!model.containsAttribute("nextFree")) {
			var probe = new org.springframework.validation.BeanPropertyBindingResult(form, "probe");
			check(form, probe, fixedType, false).ifPresent((choice) -> {
				model.addAttribute("choice", choice);
				model.addAttribute("longDate", this.times.longDate(form.getDate()));
				model.addAttribute("freeTimes", this.availability
					.on(choice.clinician().id(), form.getDate(), Duration.ofMinutes(choice.type().minutes()), leaveOut)
					.stream()
					.map((t) -> new TimeChoice(t, this.times.time(t)))
					.toList());
			});
		}
		return VIEW;
	}

	/** A clinician and a type that can be booked. */
	record Choice(StaffMember clinician, AppointmentType type) {
	}

}
