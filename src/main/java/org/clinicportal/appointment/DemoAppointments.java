package org.clinicportal.appointment;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.clinicportal.patient.PatientDirectory;
import org.clinicportal.staff.StaffMember;
import org.clinicportal.system.DemoClinic;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo clinic's appointments, once, into a database without appointment types: four types, the
 * demo clinicians' working hours, this week and next booked at about two visits in three (the past
 * ones completed, one a no-show, one cancelled), and two patients' requests waiting.
 */
@Component
@Order(30)
class DemoAppointments implements ApplicationRunner {

	private final DemoClinic demo;

	private final AppointmentTypes types;

	private final WorkingTimes workingTimes;

	private final Clinicians clinicians;

	private final PatientDirectory patients;

	private final Bookings bookings;

	private final AppointmentQueries queries;

	private final AppointmentRequests requests;

	private final ClinicTimes times;

	DemoAppointments(DemoClinic demo, AppointmentTypes types, WorkingTimes workingTimes, Clinicians clinicians,
			PatientDirectory patients, Bookings bookings, AppointmentQueries queries, AppointmentRequests requests,
			ClinicTimes times) {
		this.demo = demo;
		this.types = types;
		this.workingTimes = workingTimes;
		this.clinicians = clinicians;
		this.patients = patients;
		this.bookings = bookings;
		this.queries = queries;
		this.requests = requests;
		this.times = times;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		List<StaffMember> staff = this.clinicians.all();
		List<Long> patientIds = this.patients.firstIds(40);
		if (!this.demo.enabled() || !this.types.all().isEmpty() || staff.isEmpty() || patientIds.isEmpty()) {
			return;
		}
		AppointmentType intake = type("Intake", 60, false, "#6a4c93", List.of("adult-intake"));
		AppointmentType therapy = type("Psychotherapy", 50, false, "#1d6b72", List.of("phq-9", "gad-7"));
		AppointmentType medication = type("Medication management", 30, false, "#b5651d", List.of());
		AppointmentType family = type("Family session", 50, true, "#2b6cb0", List.of());
		var random = new Random(42);
		for (int c = 0; c < staff.size(); c++) {
			StaffMember clinician = staff.get(c);
			boolean early = c % 2 == 0;
			List<WorkingHours> hours = hours(early ? LocalTime.of(9, 0) : LocalTime.of(10, 0), early ? 4 : 5);
			this.workingTimes.replaceHours(clinician.id(), clinician.fullName(), hours);
			LocalDate monday = this.times.monday(this.times.today());
			for (LocalDate date = monday; date.isBefore(monday.plusDays(12)); date = date.plusDays(1)) {
				for (WorkingHours period : hours) {
					if (period.day() != date.getDayOfWeek()) {
						continue;
					}
					for (LocalTime at = period.from(); at.isBefore(period.to()); at = at.plusHours(1)) {
						AppointmentType type = pick(random, early, intake, therapy, medication, family);
						if (random.nextInt(3) > 0 && !at.plusMinutes(type.minutes()).isAfter(period.to())) {
							book(patientIds.get(random.nextInt(patientIds.size())), clinician, type, date, at, random);
						}
					}
				}
			}
		}
		Set<DayOfWeek> mornings = EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
		this.requests.request(patientIds.get(0), therapy, staff.get(0).id(), mornings, EnumSet.of(TimeOfDay.MORNING),
				"Mornings before work suit me best.", "portal:ana.rivera@example.org", "Ana Rivera", false);
		this.requests.request(patientIds.get(2), family, null, EnumSet.noneOf(DayOfWeek.class),
				EnumSet.of(TimeOfDay.AFTERNOON), null, "portal:luis.rivera@example.org", "Luis Rivera", true);
	}

	private void book(long patientId, StaffMember clinician, AppointmentType type, LocalDate date, LocalTime at,
			Random random) {
		Instant start = ZonedDateTime.of(date, at, this.times.zone()).toInstant();
		long id = this.bookings.book(patientId, clinician.id(), type, start, null);
		if (start.plus(Duration.ofMinutes(type.minutes())).isBefore(this.times.now())) {
			Appointment appointment = this.queries.find(id).orElseThrow();
			this.bookings.mark(appointment, (random.nextInt(12) == 0) ? AppointmentStatus.NO_SHOW : AppointmentStatus.COMPLETED);
		}
		else if (random.nextInt(25) == 0) {
			this.bookings.cancel(this.queries.find(id).orElseThrow(), "Patient called: unwell", "frontdesk", false, false);
		}
	}

	private AppointmentType type(String name, int minutes, boolean telehealth, String colour, List<String> forms) {
		long id = this.types.save(new AppointmentType(0, name, minutes, telehealth, colour, forms, 3, true, 0));
		return this.types.find(id).orElseThrow();
	}

	/** Monday to Friday: a morning and an afternoon with an hour's lunch between. */
	private static List<WorkingHours> hours(LocalTime from, int morningHours) {
		return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)
			.stream()
			.flatMap((day) -> java.util.stream.Stream.of(new WorkingHours(day, from, from.plusHours(morningHours - 1)),
					new WorkingHours(day, from.plusHours(morningHours), from.plusHours(8))))
			.toList();
	}

	private static AppointmentType pick(Random random, boolean early, AppointmentType intake, AppointmentType therapy,
			AppointmentType medication, AppointmentType family) {
		int n = random.nextInt(10);
		if (n < 6) {
			return therapy;
		}
		if (n < 7) {
			return intake;
		}
		return (n < 9 && !early) ? medication : family;
	}

}
