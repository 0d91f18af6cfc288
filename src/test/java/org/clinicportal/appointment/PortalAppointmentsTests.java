package org.clinicportal.appointment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.servlet.http.Cookie;

import org.clinicportal.account.AccessType;
import org.clinicportal.account.PortalTestAccounts;
import org.clinicportal.portal.PortalMvc;
import org.clinicportal.support.AuditRecords;
import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicportal.appointment.SchedulePagesTests.FRONT_DESK;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ClinicPortalTest
class PortalAppointmentsTests {

	private static final String PASSWORD = "lantern meadow copper violin";

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
		this.patient = Fixtures.newPatient(this.mvc, this.jdbc, "Marta");
	}

	@Test
	void upcomingAndPastAppointmentsShowTheirTimeInTheClinicsZoneWithClinicianAndPlace() throws Exception {
		LocalDate monday = this.fixtures.freshMonday();
		this.fixtures.book(this.patient, "Psychotherapy", this.fixtures.at(monday, "09:00"));
		this.fixtures.book(this.patient, "Intake", this.fixtures.at(this.fixtures.times.today().minusDays(3), "13:00"));
		Cookie session = signIn(AccessType.SELF, AppointmentsSection.KEY);

		this.mvc.perform(get("/portal/patients/{p}/appointments", this.patient).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.fixtures.times.longDate(monday) + ", 09:00")))
			.andExpect(content().string(containsString("with Dr. Casey Lin")))
			.andExpect(content().string(containsString("Times are in the clinic&#39;s time zone, " + this.fixtures.times.zoneName())))
			.andExpect(content().string(containsString("At Riverside Behavioral Health, 100 Riverside Drive, Springfield")))
			.andExpect(content().string(containsString("Add to calendar (.ics)")))
			.andExpect(content().string(containsString("Past appointments")))
			.andExpect(content().string(containsString("Intake")));
	}

	@Test
	void calendarFileHasTheClinicsZoneAndNoKindOfVisitAndItsDownloadIsAudited() throws Exception {
		Appointment appointment = this.fixtures.book(this.patient, "Psychotherapy",
				this.fixtures.at(this.fixtures.freshMonday(), "10:00"));
		Cookie session = signIn(AccessType.SELF, AppointmentsSection.KEY);

		String ics = this.mvc.perform(get("/portal/patients/{p}/appointments/{a}/calendar.ics", this.patient,
				appointment.id()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andExpect(header().string("Content-Disposition", containsString("appointment.ics")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(ics).contains("BEGIN:VCALENDAR", "BEGIN:VEVENT", "SUMMARY:Appointment at Riverside Behavioral Health",
				"UID:appointment-" + appointment.id() + "@localhost")
			.doesNotContain("Psychotherapy", "Casey");
		assertThat(new AuditRecords(this.jdbc).latest(5))
			.anyMatch((r) -> r.startsWith("APPOINTMENT_CALENDAR_DOWNLOADED portal:"));
	}

	@Test
	void representativeCancelsAheadOfTheNoticeAndItIsRecordedOnThePatientsBehalf() throws Exception {
		Instant start = this.fixtures.at(this.fixtures.freshMonday(), "15:00");
		Appointment appointment = this.fixtures.book(this.patient, "Psychotherapy", start);
		Cookie session = signIn(AccessType.AUTHORIZED_REP, AppointmentsSection.KEY);

		this.mvc.perform(get("/portal/patients/{p}/appointments/{a}/cancel", this.patient, appointment.id()).cookie(session))
			.andExpect(content().string(containsString("Yes, cancel it")));
		this.mvc.perform(post("/portal/patients/{p}/appointments/{a}/cancel", this.patient, appointment.id())
			.cookie(session).with(csrf()).param("reason", "We are travelling"))
			.andExpect(flash().attribute("messageCode", "appointments.portal.cancelled"));

		Appointment cancelled = this.fixtures.queries.find(appointment.id()).orElseThrow();
		assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
		assertThat(cancelled.cancelReason()).isEqualTo("Cancelled in the portal: We are travelling");
		assertThat(new AuditRecords(this.jdbc).latest(5)).anyMatch((r) -> r.startsWith("APPOINTMENT_CANCELLED portal:")
				&& r.contains("on behalf of the patient"));
		this.fixtures.book(this.patient, "Psychotherapy", start); // its time is free again
	}

	@Test
	void insideTheNoticePeriodThePortalSaysToCallTheClinicAndCancelsNothing() throws Exception {
		Instant soon = Instant.now().plus(Duration.ofHours(3)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
		Appointment appointment = this.fixtures.book(this.patient, "Medication management", soon);
		Cookie session = signIn(AccessType.SELF, AppointmentsSection.KEY);

		this.mvc.perform(get("/portal/patients/{p}/appointments", this.patient).cookie(session))
			.andExpect(content().string(containsString("please call the clinic at (555) 010-0100")));
		this.mvc.perform(post("/portal/patients/{p}/appointments/{a}/cancel", this.patient, appointment.id())
			.cookie(session).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cannot be cancelled here. Please call the clinic at (555) 010-0100")));
		assertThat(this.fixtures.queries.find(appointment.id()).orElseThrow().status()).isEqualTo(AppointmentStatus.BOOKED);
	}

	@Test
	void requestWaitsInTheStaffQueueAndTheDeclineReasonReachesThePatient() throws Exception {
		Cookie session = signIn(AccessType.SELF, AppointmentsSection.KEY);
		this.mvc.perform(post("/portal/patients/{p}/appointments/request", this.patient).cookie(session).with(csrf())
			.param("note", "Evenings please"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the type of visit.")))
			.andExpect(content().string(containsString("Evenings please")))
			.andExpect(content().string(containsString("988")));
		this.mvc.perform(post("/portal/patients/{p}/appointments/request", this.patient).cookie(session).with(csrf())
			.param("typeId", String.valueOf(this.fixtures.type("Family session").id()))
			.param("days", "WEDNESDAY")
			.param("times", "EVENING")
			.param("note", "Evenings please"))
			.andExpect(flash().attribute("messageCode", "appointments.request.sent"));
		long request = this.jdbc.sql("SELECT id FROM appointment_request WHERE patient_id = ? ORDER BY id DESC")
			.param(this.patient)
			.query(Long.class)
			.list()
			.get(0);

		this.mvc.perform(get("/staff/schedule").with(FRONT_DESK))
			.andExpect(content().string(containsString(", Marta</a>")))
			.andExpect(content().string(containsString("Wednesday")));
		this.mvc.perform(post("/staff/schedule/requests/{r}/decline", request).with(FRONT_DESK).with(csrf())
			.param("reason", "We have no evening family sessions; please call us."))
			.andExpect(flash().attribute("messageCode", "appointments.request.declined"));
		this.mvc.perform(get("/portal/patients/{p}/appointments", this.patient).cookie(session))
			.andExpect(content().string(containsString("Not booked")))
			.andExpect(content().string(containsString("We have no evening family sessions; please call us.")));
	}

	@Test
	void accountsWithoutTheAppointmentsPermissionFindNothingThere() throws Exception {
		Appointment appointment = this.fixtures.book(this.patient, "Psychotherapy",
				this.fixtures.at(this.fixtures.freshMonday(), "11:00"));
		Cookie session = signIn(AccessType.AUTHORIZED_REP, "FORMS");

		this.mvc.perform(get("/portal/patients/{p}/appointments", this.patient).cookie(session))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/portal/patients/{p}/appointments/{a}/calendar.ics", this.patient, appointment.id())
			.cookie(session)).andExpect(status().isNotFound());
		this.mvc.perform(get("/portal/patients/{p}", this.patient).cookie(session))
			.andExpect(content().string(not(containsString("/appointments"))));
	}

	private Cookie signIn(AccessType type, String... sections) throws Exception {
		String username = PortalMvc.username();
		new PortalTestAccounts(this.context).create(username, PASSWORD, false, this.patient, type, sections);
		return PortalMvc.signIn(this.mvc, username, PASSWORD);
	}

}
