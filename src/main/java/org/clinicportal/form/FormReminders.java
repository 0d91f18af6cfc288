package org.clinicportal.form;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditDetail;
import org.clinicportal.audit.AuditTrail;

import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the people who fill in a patient's forms when requests are past their due date: one
 * email per patient and check, at most once a day for each request, whichever node gets there first.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class FormReminders {

	// Claims the request for today's reminder; only the node whose update succeeds sends it.
	private static final String CLAIM = """
			UPDATE form_request SET reminded_on = :today
			WHERE id = :id AND (reminded_on IS NULL OR reminded_on < :today)
			""";

	private final FormQueries queries;

	private final FormRequests requests;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	FormReminders(FormQueries queries, FormRequests requests, JdbcClient jdbc, AuditTrail audit,
			TransactionTemplate transactions) {
		this.queries = queries;
		this.requests = requests;
		this.jdbc = jdbc;
		this.audit = audit;
		this.transactions = transactions;
	}

	@Scheduled(initialDelayString = "${clinic.forms.reminder-check:PT1H}",
			fixedDelayString = "${clinic.forms.reminder-check:PT1H}")
	void scheduled() {
		remindOverdue();
	}

	/**
	 * Sends today's reminders.
	 * @return how many patients' forms were reminded of
	 */
	int remindOverdue() {
		LocalDate today = this.queries.today();
		Map<Long, List<RequestedForm>> byPatient = this.queries.overdueNotRemindedToday()
			.stream()
			.collect(Collectors.groupingBy(RequestedForm::patientId));
		int reminded = 0;
		for (var patient : byPatient.entrySet()) {
			Boolean sent = this.transactions.execute((status) -> remind(patient.getKey(), patient.getValue(), today));
			reminded += Boolean.TRUE.equals(sent) ? 1 : 0;
		}
		return reminded;
	}

	private boolean remind(long patientId, List<RequestedForm> overdue, LocalDate today) {
		List<RequestedForm> claimed = overdue.stream()
			.filter((r) -> this.jdbc.sql(CLAIM).param("today", today).param("id", r.id()).update() == 1)
			.toList();
		if (claimed.isEmpty()) {
			return false;
		}
		int told = this.requests.tell(patientId, true);
		claimed.forEach((r) -> this.audit.recordCoded(AuditTrail.SYSTEM, AuditAction.FORM_REMINDER_SENT, patientId,
				AuditDetail.of("audit.detail.formReminder", r.title(), r.dueOn(), told), null));
		return true;
	}

}
