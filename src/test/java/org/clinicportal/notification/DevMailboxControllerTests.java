package org.clinicportal.notification;

import java.util.Map;

import org.clinicportal.support.AuditRecords;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicportal.notification.OutboxControllerTests.admin;
import static org.clinicportal.notification.OutboxControllerTests.frontDesk;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@SpringBootTest
@AutoConfigureMockMvc
class DevMailboxControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifications notifications;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void withoutSmtpHostEmailsAreKeptAndReadableWithClickableLinks() throws Exception {
		long id = queuePasswordSetup("kept@example.org");

		this.mvc.perform(get("/staff/mailbox").with(admin()))
			.andExpect(status().isOk())
			.andExpect(view().name(DevMailboxController.VIEW_MAILBOX))
			.andExpect(content().string(containsString("kept@example.org")))
			.andExpect(content().string(containsString("/staff/mailbox/" + id)));
		this.mvc.perform(get("/staff/mailbox/{id}", id).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hello Kim,")))
			.andExpect(content().string(containsString(
					"<a href=\"http://localhost:8080/portal/password?token=t0k3n\">http://localhost:8080/portal/password?token=t0k3n</a>")))
			.andExpect(content().string(containsString("100 Riverside Drive, Springfield")));
	}

	@Test
	void openingAMessageIsRecordedInTheAuditTrail() throws Exception {
		long id = queuePasswordSetup("audited@example.org");

		this.mvc.perform(get("/staff/mailbox/{id}", id).with(admin())).andExpect(status().isOk());
		assertThat(new AuditRecords(this.jdbc).latest(1))
			.containsExactly("EMAIL_READ_IN_MAILBOX admin null outbox message " + id + " to audited@example.org (text)");
		this.mvc.perform(get("/staff/mailbox/{id}/html", id).with(admin())).andExpect(status().isOk());
		assertThat(new AuditRecords(this.jdbc).latest(1))
			.containsExactly("EMAIL_READ_IN_MAILBOX admin null outbox message " + id + " to audited@example.org (HTML)");
		this.mvc.perform(get("/staff/audit").param("action", "EMAIL_READ_IN_MAILBOX").with(admin()))
			.andExpect(content().string(containsString("Email read in Dev Mailbox")));
	}

	@Test
	void htmlVersionKeepsItsStylesButMayRunNothing() throws Exception {
		long id = queuePasswordSetup("html@example.org");

		this.mvc.perform(get("/staff/mailbox/{id}/html", id).with(admin()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", DevMailboxController.EMAIL_CONTENT_SECURITY_POLICY))
			.andExpect(content().string(containsString("href=\"http://localhost:8080/portal/password?token=t0k3n\"")));
	}

	@Test
	void unknownOrMalformedMessageIsNotFound() throws Exception {
		this.mvc.perform(get("/staff/mailbox/999999").with(admin())).andExpect(status().isNotFound());
		this.mvc.perform(get("/staff/mailbox/x/html").with(admin())).andExpect(status().isNotFound());
	}

	@Test
	void frontDeskMayNotReadTheMailbox() throws Exception {
		long id = queuePasswordSetup("secret@example.org");
		this.mvc.perform(get("/staff/mailbox").with(frontDesk())).andExpect(status().isForbidden());
		this.mvc.perform(get("/staff/mailbox/{id}", id).with(frontDesk())).andExpect(status().isForbidden());
		this.mvc.perform(get("/staff/mailbox/{id}/html", id).with(frontDesk())).andExpect(status().isForbidden());
	}

	@Test
	void textIsCutIntoTextAndLinks() {
		assertThat(DevMailboxController.segments("Go to https://a.example/x?y=1 now."))
			.containsExactly(new DevMailboxController.TextSegment("Go to ", false),
					new DevMailboxController.TextSegment("https://a.example/x?y=1", true),
					new DevMailboxController.TextSegment(" now.", false));
	}

	private long queuePasswordSetup(String recipient) throws InterruptedException {
		long id = this.notifications.queue(new OutgoingEmail(recipient, "passwordSetup",
				Map.of("name", "Kim", "path", "/portal/password?token=t0k3n")));
		OutboxControllerTests.awaitSent(this.outbox, id);
		return id;
	}

}
