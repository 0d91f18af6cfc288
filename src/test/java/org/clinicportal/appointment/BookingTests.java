package org.clinicportal.appointment;

import java.time.Instant;
import java.time.LocalDate;

import org.clinicportal.support.AuditRecords;
import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicportal.appointment.SchedulePagesTests.CLINICIAN;
import static org.clinicportal.appointment.SchedulePagesTests.FRONT_DESK;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ClinicPortalTest
class BookingTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcClient jdbc;

	private Fixtures fixtures;

	private long patient;

	@BeforeEach
	void setUp() throws Exception {
		this.fixtures = new Fixtures(this.context);
		this.patient = Fixtures.newPatient(this.mvc, this.jdbc, "Chidi");
	}

	@Test
	void freeTimesOfTheChosenDayAreOfferedAndBookingOneSavesItAndLeadsToTheAppointment() throws Exception {
		LocalDate monday = this.fixtures.freshMonday();
		Instant nine = this.fixtures.at(monday, "09:00");
		long type = this.fixtures.type("Psychotherapy").id();
		this.mvc.perform(get("/staff/patients/{id}/appointments/new", this.patient).with(FRONT_DESK)
			.param("clinicianId", String.valueOf(this.fixtures.lin()))
			.param("typeId", String.valueOf(type))
			.param("date", monday.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + nine + "\"")))
			.andExpect(content().string(containsString(">09:00<")))
			.andExpect(content().string(not(containsString(">12:00<"))));

		this.mvc.perform(book(type, monday, nine))
			.andExpect(redirectedUrlPattern("/staff/appointments/*"))
			.andExpect(flash().attribute("message", containsString("Booked: Psychotherapy with Dr. Casey Lin on ")));

		assertThat(new AuditRecords(this.jdbc).latest(5)).anyMatch((r) -> r.startsWith("APPOINTMENT_BOOKED frontdesk " + this.patient));
		this.mvc.perform(get("/staff/patients/{id}/appointments/new", this.patient).with(FRONT_DESK)
			.param("clinicianId", String.valueOf(this.fixtures.lin()))
			.param("typeId", String.valueOf(type))
			.param("date", monday.toString()))
			.andExpect(content().string(not(containsString("value=\"" + nine + "\""))))
			.andExpect(content().string(containsString(">09:50<")));
	}

	@Test
	void theSecondBookingOfATimeIsRefusedWithAClearMessageAndTheNextFreeTimes() throws Exception {
		LocalDate monday = this.fixtures.freshMonday();
		Instant nine = this.fixtures.at(monday, "09:00");
		long type = this.fixtures.type("Psychotherapy").id();
		this.fixtures.book(this.patient, "Psychotherapy", nine);

		this.mvc.perform(book(type, monday, nine))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dr. Casey Lin was booked at " + this.fixtures.times.dateTime(nine)
					+ " by someone else a moment ago. Nothing was saved; choose one of the next free times.")))
			.andExpect(content().string(containsString("Next free times")))
			.andExpect(content().string(containsString("value=\"" + this.fixtures.at(monday, "09:50") + "\"")));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM appointment WHERE starts_at = ? AND status <> 'CANCELLED'")
			.param(java.time.OffsetDateTime.ofInstant(nine, java.time.ZoneOffset.UTC))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void timesOutsideWorkingHoursInThePastOrOffTheGridAreRefusedWithMessages() throws Exception {
		LocalDate monday = this.fixtures.freshMonday();
		long type = this.fixtures.type("Psychotherapy").id();
		this.mvc.perform(book(type, monday, this.fixtures.at(monday, "11:30")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("outside the clinician&#39;s working hours")));
		this.mvc.perform(book(type, monday, Instant.now().minusSeconds(3600)))
			.andExpect(content().string(containsString("That time cannot be booked")));
		this.mvc.perform(book(type, monday, this.fixtures.at(monday, "09:02")))
			.andExpect(content().string(containsString("That time cannot be booked")));
		this.mvc.perform(book(type, monday, null))
			.andExpect(content().string(containsString("Choose one of the free times.")));
	}

	@Test
	void cliniciansSeeTheirAppointmentAndMarkItButCannotCancelIt() throws Exception {
		LocalDate today = this.fixtures.times.today();
		Appointment appointment = this.fixtures.book(this.patient, "Medication management",
				this.fixtures.times.day(today).start().plusSeconds(60 * 5 * 3));
		this.mvc.perform(get("/staff/appointments/{id}", appointment.id()).with(CLINICIAN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(", Chidi (")))
			.andExpect(content().string(containsString(">Arrived<")))
			.andExpect(content().string(not(containsString("Cancel appointment"))));
		this.mvc.perform(post("/staff/appointments/{id}/cancel", appointment.id()).with(CLINICIAN).with(csrf())
			.param("reason", "no")).andExpect(status().isForbidden());
		this.mvc.perform(post("/staff/appointments/{id}/status", appointment.id()).with(CLINICIAN).with(csrf())
			.param("status", "ARRIVED")).andExpect(flash().attribute("messageCode", "appointments.marked.ARRIVED"));
		this.mvc.perform(post("/staff/appointments/{id}/status", appointment.id()).with(CLINICIAN).with(csrf())
			.param("status", "NO_SHOW")).andExpect(flash().attribute("messageCode", "appointments.mark.notAllowed"));
		this.mvc.perform(post("/staff/appointments/{id}/status", appointment.id())
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("clinician2")
				.roles("CLINICIAN"))
			.with(csrf())
			.param("status", "COMPLETED")).andExpect(flash().attribute("messageCode", "appointments.mark.notYours"));
	}

	@Test
	void cancellingNeedsAReasonFreesTheTimeAndRescheduleMovesTheVisit() throws Exception {
		LocalDate monday = this.fixtures.freshMonday();
		Appointment first = this.fixtures.book(this.patient, "Psychotherapy", this.fixtures.at(monday, "13:00"));
		this.mvc.perform(post("/staff/appointments/{id}/cancel", first.id()).with(FRONT_DESK).with(csrf()).param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give a reason.")));
		this.mvc.perform(post("/staff/appointments/{id}/cancel", first.id()).with(FRONT_DESK).with(csrf())
			.param("reason", "Clinician ill")).andExpect(flash().attribute("messageCode", "appointments.cancelled"));
		Appointment second = this.fixtures.book(this.patient, "Psychotherapy", this.fixtures.at(monday, "13:00"));

		this.mvc.perform(post("/staff/appointments/{id}/reschedule", second.id()).with(FRONT_DESK).with(csrf())
			.param("clinicianId", String.valueOf(this.fixtures.lin()))
			.param("date", monday.toString())
			.param("start", this.fixtures.at(monday, "14:00").toString()))
			.andExpect(flash().attribute("message", containsString("Rescheduled: with Dr. Casey Lin on ")));
		assertThat(this.fixtures.queries.find(second.id()).orElseThrow().start()).isEqualTo(this.fixtures.at(monday, "14:00"));
		assertThat(this.fixtures.queries.find(first.id()).orElseThrow().cancelReason()).isEqualTo("Clinician ill");
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder book(long type, LocalDate date,
			Instant start) {
		var request = post("/staff/patients/{id}/appointments/new", this.patient).with(FRONT_DESK)
			.with(csrf())
			.param("clinicianId", String.valueOf(this.fixtures.lin()))
			.param("typeId", String.valueOf(type))
			.param("date", date.toString());
		return (start != null) ? request.param("start", start.toString()) : request;
	}

}
