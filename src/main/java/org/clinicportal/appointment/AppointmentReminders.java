package org.clinicportal.appointment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends reminder emails before visits ({@code clinic.appointments.reminders}, 48 and 2 hours by
 * default) on every node, each reminder once: the node that inserts its row in
 * {@code appointment_reminder} sends it, in the same transaction, and a node that finds the row
 * already there (or being inserted) leaves it. A stop between the two loses nothing: both or neither
 * are saved, and the next check picks up what is due.
 */
@Component
class AppointmentReminders {

	// Booked visits still ahead whose reminder with this lead is due and neither sent nor skipped.
	private static final String DUE = """
			SELECT a.id, a.starts_at, a.booked_at FROM appointment a
			WHERE a.status = 'BOOKED' AND a.starts_at > :now AND a.starts_at <= :dueUntil
			  AND NOT EXISTS (SELECT 1 FROM appointment_reminder r WHERE r.appointment_id = a.id AND r.lead_minutes = :lead)
			ORDER BY a.starts_at, a.id
			""";

	private static final String CLAIM = """
			INSERT INTO appointment_reminder (appointment_id, lead_minutes, outcome, claimed_at) VALUES (?, ?, ?, ?)
			""";

	private final JdbcClient jdbc;

	private final AppointmentQueries queries;

	private final AppointmentEmails emails;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final ClinicTimes times;

	private final List<Duration> leads;

	AppointmentReminders(JdbcClient jdbc, AppointmentQueries queries, AppointmentEmails emails, AuditTrail audit,
			TransactionTemplate transactions, ClinicTimes times, AppointmentProperties properties) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.emails = emails;
		this.audit = audit;
		this.transactions = transactions;
		this.times = times;
		this.leads = properties.reminders();
	}

	@Scheduled(initialDelayString = "${clinic.appointments.reminder-check:PT5M}",
			fixedDelayString = "${clinic.appointments.reminder-check:PT5M}")
	void scheduled() {
		sendDue();
	}

	/** Sends the reminders due now; returns how many emails-worth of appointments were reminded of. */
	int sendDue() {
		Instant now = this.times.now();
		Map<Long, Due> due = new LinkedHashMap<>();
		for (Duration lead : this.leads) {
			this.jdbc.sql(DUE)
				.param("now", AppointmentQueries.utc(now))
				.param("dueUntil", AppointmentQueries.utc(now.plus(lead)))
				.param("lead", lead.toMinutes())
				.query((rs, n) -> new Due(rs.getLong("id"), AppointmentQueries.instant(rs, "starts_at"),
						AppointmentQueries.instant(rs, "booked_at"), new ArrayList<>()))
				.list()
				.forEach((row) -> due.computeIfAbsent(row.id(), (id) -> row).leads().add(lead));
		}
		int reminded = 0;
		for (Due one : due.values()) {
			var plan = ReminderSchedule.plan(one.leads(), one.start(), one.bookedAt(), now);
			reminded += (!plan.nothing() && claimAndSend(one.id(), plan, now)) ? 1 : 0;
		}
		return reminded;
	}

	private boolean claimAndSend(long appointmentId, ReminderSchedule.Plan plan, Instant now) {
		try {
			return Boolean.TRUE.equals(this.transactions.execute((status) -> {
				plan.skip().forEach((lead) -> claim(appointmentId, lead, "SKIPPED", now));
				if (plan.send() == null) {
					return false;
				}
				claim(appointmentId, plan.send(), "SENT", now);
				Appointment appointment = this.queries.find(appointmentId).orElseThrow();
				int told = this.emails.remind(appointment);
				this.audit.record(AuditTrail.SYSTEM, AuditAction.APPOINTMENT_REMINDER_SENT, appointment.patientId(),
						"appointment " + appointmentId + ", " + plan.send().toMinutes() + " min before, accounts told: " + told,
						null);
				return true;
			}));
		}
		catch (DataIntegrityViolationException | PessimisticLockingFailureException ex) {
			return false; // another node claimed it first, or is claiming it now
		}
	}

	private void claim(long appointmentId, Duration lead, String outcome, Instant now) {
		this.jdbc.sql(CLAIM).params(appointmentId, lead.toMinutes(), outcome, AppointmentQueries.utc(now)).update();
	}

	private record Due(long id, Instant start, Instant bookedAt, List<Duration> leads) {
	}

}
