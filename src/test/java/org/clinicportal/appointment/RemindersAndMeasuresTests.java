package org.clinicportal.appointment;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.clinicportal.account.AccessType;
import org.clinicportal.account.PortalTestAccounts;
import org.clinicportal.form.SubmittedForms;
import org.clinicportal.portal.PortalMvc;
import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminder emails and measures before visits, run by hand instead of by the schedule.
 */
@ClinicPortalTest
class RemindersAndMeasuresTests {

	private static final AtomicInteger NEXT = new AtomicInteger();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private AppointmentReminders reminders;

	@Autowired
	private MeasuresBeforeVisits measures;

	private Fixtures fixtures;

	private long patient;

	private String holder;

	private long clinician;

	@BeforeEach
	void setUp() throws Exception {
		this.fixtures = new Fixtures(this.context);
		this.patient = Fixtures.newPatient(this.mvc, this.jdbc, "Rosa");
		this.holder = PortalMvc.username();
		new PortalTestAccounts(this.context).create(this.holder, "copper lantern meadow violin", false, this.patient,
				AccessType.SELF, AppointmentsSection.KEY, "FORMS");
		this.jdbc.sql("UPDATE portal_account SET email = username WHERE username = ?").param(this.holder).update();
		// A clinician of the test's own (a bare staff record), so that its visits meet no other test's or demo visit.
		this.clinician = 800_000 + NEXT.incrementAndGet();
		this.jdbc.sql("INSERT INTO staff_user (id, username, full_name, password_hash, enabled, must_change_password,"
				+ " created_at, version) VALUES (?, ?, 'Dr. Test Clinician', 'x', TRUE, FALSE, CURRENT_TIMESTAMP, 0)")
			.params(this.clinician, "reminders-" + this.clinician)
			.update();
	}

	@Test
	void aDueReminderIsSentOnceWithTheCalendarFileAndNoKindOfVisit() {
		long id = visit(Duration.ofHours(47), "Psychotherapy");

		this.reminders.sendDue();
		this.reminders.sendDue();

		List<String> emails = emailsTo(this.holder, "appointmentReminder");
		assertThat(emails).hasSize(1);
		assertThat(emails.get(0)).contains("Hello Tess,", "Rosa has an appointment with the clinic",
				"100 Riverside Drive", "appointment is attached as a calendar file")
			.doesNotContain("Psychotherapy", "Dr. Test Clinician");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM outbox_attachment a JOIN outbox_email e ON e.id = a.email_id"
				+ " WHERE e.recipient = ? AND a.filename = 'appointment.ics'").param(this.holder).query(Long.class).single())
			.isEqualTo(1);
		assertThat(outcomes(id)).containsExactly("2880 SENT");
	}

	@Test
	void twoNodesCheckingAtOnceSendEachReminderOnce() throws Exception {
		visit(Duration.ofMinutes(100), "Medication management");

		var first = CompletableFuture.runAsync(this.reminders::sendDue);
		var second = CompletableFuture.runAsync(this.reminders::sendDue);
		first.get();
		second.get();

		assertThat(emailsTo(this.holder, "appointmentReminder")).hasSize(1);
	}

	@Test
	void afterAStopTheNearestReminderGoesLateWhileTheVisitIsAheadAndNoneOnceItStarted() {
		long ahead = visit(Duration.ofMinutes(30), "Psychotherapy");
		long started = visit(Duration.ofMinutes(-10), "Medication management");

		this.reminders.sendDue();

		assertThat(emailsTo(this.holder, "appointmentReminder")).hasSize(1);
		assertThat(outcomes(ahead)).containsExactlyInAnyOrder("120 SENT", "2880 SKIPPED");
		assertThat(outcomes(started)).isEmpty();
	}

	@Test
	void formsTheTypeNamesAreRequestedBeforeTheVisitUnlessCompletedRecently() {
		new SubmittedForms(this.context).phq9(this.patient, 1, 0);
		long soon = visit(Duration.ofDays(2), "Psychotherapy");
		long later = visit(Duration.ofDays(20), "Psychotherapy");
		// Other tests' and the demo's visits are left out: their patients' forms are other tests' business.
		this.jdbc.sql("UPDATE appointment SET measures_checked_at = CURRENT_TIMESTAMP WHERE measures_checked_at IS NULL"
				+ " AND id NOT IN (?, ?)").params(soon, later).update();

		this.measures.requestDue();
		this.measures.requestDue();

		List<String> requested = this.jdbc.sql("SELECT form_key || ' ' || due_on || ' ' || requested_by FROM form_request"
				+ " WHERE patient_id = ? AND form_key IN ('gad-7', 'phq-9') AND note LIKE 'Before your appointment%'")
			.param(this.patient)
			.query(String.class)
			.list();
		assertThat(requested).containsExactly("gad-7 " + date(soon) + " system");
		assertThat(checked(soon)).isTrue();
		assertThat(checked(later)).isFalse();
	}

	/** A visit this long from now (on the 5-minute grid), booked three weeks ago. */
	private long visit(Duration fromNow, String type) {
		Instant soon = Instant.now().plus(fromNow).truncatedTo(ChronoUnit.MINUTES);
		Instant start = soon.plus(Duration.ofMinutes(5 - Math.floorMod(soon.getEpochSecond() / 60, 5)));
		long id = this.fixtures.bookings.book(this.patient, this.clinician, this.fixtures.type(type), start, null);
		this.jdbc.sql("UPDATE appointment SET booked_at = ? WHERE id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC).minusDays(21), id)
			.update();
		return id;
	}

	private List<String> emailsTo(String recipient, String template) {
		return this.jdbc.sql("SELECT text_body FROM outbox_email WHERE recipient = ? AND template = ? ORDER BY id")
			.params(recipient, template)
			.query(String.class)
			.list();
	}

	private List<String> outcomes(long appointmentId) {
		return this.jdbc.sql("SELECT lead_minutes || ' ' || outcome FROM appointment_reminder WHERE appointment_id = ?")
			.param(appointmentId)
			.query(String.class)
			.list();
	}

	private String date(long appointmentId) {
		return this.fixtures.times.date(this.fixtures.queries.find(appointmentId).orElseThrow().start()).toString();
	}

	private boolean checked(long appointmentId) {
		return this.jdbc.sql("SELECT measures_checked_at IS NOT NULL FROM appointment WHERE id = ?")
			.param(appointmentId)
			.query(Boolean.class)
			.single();
	}

}
