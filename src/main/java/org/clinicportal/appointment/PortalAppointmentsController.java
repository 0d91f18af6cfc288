package org.clinicportal.appointment;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.clinicportal.account.AccessType;
import org.clinicportal.account.PortalUser;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.portal.PortalPage;
import org.clinicportal.portal.PortalPaths;
import org.clinicportal.portal.PortalRequests;
import org.clinicportal.system.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Appointments section: the patient's upcoming and past appointments in the clinic's time, each
 * with its calendar file, Cancel while more than the notice period ahead, and the video visit's link
 * shortly before it starts; the patient's requests and their answers.
 */
@Controller
class PortalAppointmentsController {

	static final String VIEW_LIST = "appointment/portal/appointments";

	static final String VIEW_CANCEL = "appointment/portal/cancel";

	static final String BASE = PortalPaths.PATIENT + "/appointments";

	private static final String ONE = BASE + "/{appointmentId}";

	private final AppointmentQueries queries;

	private final AppointmentRequests requests;

	private final Bookings bookings;

	private final PatientActions actions;

	private final CalendarFiles calendars;

	private final Clinicians clinicians;

	private final ClinicTimes times;

	private final AuditTrail audit;

	PortalAppointmentsController(AppointmentQueries queries, AppointmentRequests requests, Bookings bookings,
			PatientActions actions, CalendarFiles calendars, Clinicians clinicians, ClinicTimes times, AuditTrail audit) {
		this.queries = queries;
		this.requests = requests;
		this.bookings = bookings;
		this.actions = actions;
		this.calendars = calendars;
		this.clinicians = clinicians;
		this.times = times;
		this.audit = audit;
	}

	@GetMapping(BASE)
	@PortalPage(AppointmentsSection.KEY)
	String showAppointments(@PathVariable long patientId, Model model) {
		Instant now = this.times.now();
		Map<Long, String> names = this.clinicians.names();
		model.addAttribute("upcoming", this.queries.patientFrom(patientId, now.minus(AppointmentQueries.LONGEST), 50)
			.stream()
			.filter((a) -> a.end().isAfter(now))
			.map((a) -> visit(a, names, now))
			.toList());
		model.addAttribute("past", this.queries.patientBefore(patientId, now, 30)
			.stream()
			.filter((a) -> !a.end().isAfter(now))
			.map((a) -> visit(a, names, now))
			.toList());
		model.addAttribute("requests", this.requests.forPatient(patientId, 10));
		model.addAttribute("clinicianNames", names);
		attributes(model);
		return VIEW_LIST;
	}

	@GetMapping(ONE + "/calendar.ics")
	@PortalPage(AppointmentsSection.KEY)
	ResponseEntity<byte[]> downloadCalendar(@PathVariable long patientId, @PathVariable long appointmentId,
			@RequestAttribute(PortalRequests.USER) PortalUser user, Locale language) {
		Appointment appointment = appointment(patientId, appointmentId);
		this.audit.record(user.actor(), AuditAction.APPOINTMENT_CALENDAR_DOWNLOADED, patientId,
				"appointment " + appointmentId + onBehalf(user, patientId), AuditTrail.currentRemoteAddress());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(CalendarFiles.MEDIA_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(CalendarFiles.FILENAME).build().toString())
			.body(this.calendars.of(appointment, language).getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping(ONE + "/cancel")
	@PortalPage(AppointmentsSection.KEY)
	String showCancel(@PathVariable long patientId, @PathVariable long appointmentId, Model model) {
		Instant now = this.times.now();
		model.addAttribute("visit", visit(appointment(patientId, appointmentId), this.clinicians.names(), now));
		attributes(model);
		return VIEW_CANCEL;
	}

	@PostMapping(ONE + "/cancel")
	@PortalPage(AppointmentsSection.KEY)
	String cancel(@PathVariable long patientId, @PathVariable long appointmentId,
			@RequestParam(required = false) String reason,
			@RequestAttribute(PortalRequests.USER) PortalUser user, Model model, RedirectAttributes redirect) {
		Appointment appointment = appointment(patientId, appointmentId);
		if (reason != null && reason.strip().length() > 500) {
			model.addAttribute("reasonTooLong", true);
			model.addAttribute("reason", reason);
			return showCancel(patientId, appointmentId, model);
		}
		if (!this.actions.mayCancel(appointment, this.times.now())) {
			return showCancel(patientId, appointmentId, model);
		}
		String given = (reason == null || reason.isBlank()) ? "none given" : reason.strip();
		boolean cancelled = this.bookings.cancel(appointment, "Cancelled in the portal: " + given, user.actor(),
				!onBehalf(user, patientId).isEmpty(), false);
		redirect.addFlashAttribute("messageCode", cancelled ? "appointments.portal.cancelled" : "appointments.portal.notOpen");
		return "redirect:" + BASE;
	}

	private Appointment appointment(long patientId, long appointmentId) {
		return this.queries.find(appointmentId).filter((a) -> a.patientId() == patientId).orElseThrow(NotFoundException::new);
	}

	private PortalVisit visit(Appointment appointment, Map<Long, String> names, Instant now) {
		return new PortalVisit(appointment, this.times.longDate(this.times.date(appointment.start())),
				this.times.time(appointment.start()), names.getOrDefault(appointment.clinicianId(), "—"),
				this.actions.mayCancel(appointment, now), this.actions.tooLateToCancel(appointment, now),
				this.actions.joinLink(appointment, now));
	}

	private void attributes(Model model) {
		model.addAttribute("zone", this.times.zoneName());
		model.addAttribute("noticeHours", this.actions.noticeHours());
		model.addAttribute("joinMinutes", this.actions.joinMinutes());
		model.addAttribute("statuses", List.of(AppointmentStatus.values()));
	}

	/** The words on behalf of the patient (after a comma) when a representative acts, else nothing. */
	static String onBehalf(PortalUser user, long patientId) {
		boolean representative = user.grantFor(patientId)
			.map((grant) -> grant.accessType() == AccessType.AUTHORIZED_REP)
			.orElse(false);
		return representative ? ", on behalf of the patient" : "";
	}

}
