package org.clinicportal.appointment;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContext;

/**
 * Appointments for tests of the shared application (the demo clinic): each test books on a Monday
 * of its own, weeks ahead, so that tests never compete for a time.
 */
final class Fixtures {

	private static final AtomicInteger NEXT_WEEK = new AtomicInteger(8);

	final Bookings bookings;

	final AppointmentTypes types;

	final Clinicians clinicians;

	final ClinicTimes times;

	final AppointmentQueries queries;

	Fixtures(ApplicationContext context) {
		this.bookings = context.getBean(Bookings.class);
		this.types = context.getBean(AppointmentTypes.class);
		this.clinicians = context.getBean(Clinicians.class);
		this.times = context.getBean(ClinicTimes.class);
		this.queries = context.getBean(AppointmentQueries.class);
	}

	/** A new patient of their own, so that a test may give them a Self account. */
	static long newPatient(org.springframework.test.web.servlet.MockMvc mvc,
			org.springframework.jdbc.core.simple.JdbcClient jdbc, String firstName) throws Exception {
		return org.clinicportal.support.TestPatients.create(mvc, jdbc, firstName);
	}

	/** A Monday no other test uses, weeks ahead; the demo clinicians work Mondays. */
	LocalDate freshMonday() {
		return this.times.today().plusWeeks(NEXT_WEEK.getAndIncrement()).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
	}

	Instant at(LocalDate date, String time) {
		return ZonedDateTime.of(date, LocalTime.parse(time), this.times.zone()).toInstant();
	}

	AppointmentType type(String name) {
		return this.types.all().stream().filter((t) -> t.name().equals(name)).findFirst().orElseThrow();
	}

	/** Dr. Casey Lin, the first demo clinician (works 09:00-12:00 and 13:00-17:00 on weekdays). */
	long lin() {
		return this.clinicians.all().stream().filter((c) -> c.username().equals("clinician")).findFirst().orElseThrow().id();
	}

	Appointment book(long patientId, String typeName, Instant start) {
		long id = this.bookings.book(patientId, lin(), type(typeName), start, null);
		return this.queries.find(id).orElseThrow();
	}

}
