package org.clinicportal.form;

import java.time.LocalDate;
import java.util.List;

import org.clinicportal.account.AccessType;
import org.clinicportal.account.PortalTestAccounts;
import org.clinicportal.support.AuditRecords;
import org.clinicportal.support.OutboxMail;
import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@ClinicPortalTest
class FormReminderTests {

	@Autowired
	private FormReminders reminders;

	@Autowired
	private FormRequests requests;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApplicationContext context;

	@Test
	void overdueFormsAreRemindedOfAtMostOnceADay() {
		var accounts = new PortalTestAccounts(this.context);
		long patient = accounts.patient("Rachel", "Thompson");
		String holder = FormRequestTests.unique("reminded");
		accounts.create(holder, "granite willow comet parade", false, patient, AccessType.AUTHORIZED_REP,
				FormsSection.KEY);
		this.requests.request(patient, List.of("gad-7", "phq-9"), LocalDate.now().minusDays(1), null);
		this.requests.request(patient, List.of("adult-intake"), LocalDate.now().plusDays(5), null);

		this.reminders.remindOverdue();
		this.reminders.remindOverdue();

		List<String> emails = OutboxMail.await(this.jdbc, holder, 3).stream().map(OutboxMail.Email::text).toList();
		// two emails for the two requests and one reminder for both overdue forms, queued as each
		// request committed, in whatever order
		assertThat(emails).hasSize(3);
		assertThat(emails).filteredOn((text) -> text.contains("A reminder:")).singleElement()
			.asString()
			.doesNotContain("GAD", "PHQ");
		assertThat(new AuditRecords(this.jdbc).latest(20))
			.filteredOn((r) -> r.startsWith("FORM_REMINDER_SENT system " + patient + " "))
			.hasSize(2);
	}

}
