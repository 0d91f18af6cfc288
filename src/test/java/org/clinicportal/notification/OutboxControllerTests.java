package org.clinicportal.notification;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@SpringBootTest
@AutoConfigureMockMvc
class OutboxControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifications notifications;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void administratorSeesEveryMessageWithItsStatus() throws Exception {
		long id = this.notifications.queue(new OutgoingEmail("listed@example.org", "portalNotice", Map.of()));
		awaitSent(id);

		this.mvc.perform(get("/staff/outbox").with(admin()))
			.andExpect(status().isOk())
			.andExpect(view().name(OutboxController.VIEW_OUTBOX))
			.andExpect(content().string(containsString("listed@example.org")))
			.andExpect(content().string(containsString("Something new is waiting in your Riverside")))
			.andExpect(content().string(containsString("No SMTP server is configured")))
			.andExpect(content().string(containsString("Waiting to be sent")))
			.andExpect(content().string(not(containsString("Mail server"))));
	}

	@Test
	void filterByStatusShowsOnlyThatStatus() throws Exception {
		long failed = failedMessage("filtered-failed@example.org");
		awaitSent(this.notifications.queue(new OutgoingEmail("filtered-sent@example.org", "portalNotice", Map.of())));

		this.mvc.perform(get("/staff/outbox").param("status", "FAILED").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("filtered-failed@example.org")))
			.andExpect(content().string(containsString("/staff/outbox/" + failed + "/retry")))
			.andExpect(content().string(not(containsString("filtered-sent@example.org"))));
	}

	@Test
	void unknownStatusFilterSaysSoInsteadOfFailing() throws Exception {
		this.mvc.perform(get("/staff/outbox").param("status", "LOST").param("page", "-3").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no status &quot;LOST&quot;")));
	}

	@Test
	void pageFarPastTheEndIsAnEmptyPageWithAWayBackToTheFirst() throws Exception {
		for (String page : new String[] { "/staff/outbox", "/staff/mailbox" }) {
			this.mvc.perform(get(page).param("page", "50000000").with(admin()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("This page is past the end of the list.")))
				.andExpect(content().string(containsString("page=0\">First page</a>")));
		}
		this.mvc.perform(get("/staff/outbox").param("page", String.valueOf(Integer.MAX_VALUE)).param("status", "SENT")
			.with(admin())).andExpect(status().isOk());
	}

	@Test
	void retryNowQueuesAFailedMessageAgainAndItIsSent() throws Exception {
		long id = failedMessage("retry@example.org");

		this.mvc.perform(post("/staff/outbox/{id}/retry", id).param("status", "FAILED").with(admin()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/staff/outbox?status=FAILED"))
			.andExpect(flash().attribute("messageCode", "outbox.retried"));
		awaitSent(id);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'EMAIL_RETRY_REQUESTED' "
				+ "AND detail LIKE '%retry@example.org%'").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void retryNowOfAMessageThatIsNotFailedExplainsWhy() throws Exception {
		long id = this.notifications.queue(new OutgoingEmail("not-failed@example.org", "portalNotice", Map.of()));
		awaitSent(id);

		this.mvc.perform(post("/staff/outbox/{id}/retry", id).with(admin()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", containsString("Only failed messages can be retried")));
	}

	@Test
	void retryNowOfAnUnknownMessageIsNotFound() throws Exception {
		this.mvc.perform(post("/staff/outbox/999999/retry").with(admin()).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/staff/outbox/abc/retry").with(admin()).with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void frontDeskMayNotSeeOrRetryTheOutbox() throws Exception {
		this.mvc.perform(get("/staff/outbox").with(frontDesk())).andExpect(status().isForbidden());
		this.mvc.perform(post("/staff/outbox/1/retry").with(frontDesk()).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void navigationShowsOutboxAndMailboxToAdministratorsOnly() throws Exception {
		this.mvc.perform(get("/staff/outbox").with(admin()))
			.andExpect(content().string(containsString("href=\"/staff/mailbox\"")));
		this.mvc.perform(get("/staff/account/password").with(frontDesk()))
			.andExpect(content().string(not(containsString("href=\"/staff/outbox\""))));
	}

	private long failedMessage(String recipient) throws InterruptedException {
		long id = this.notifications.queue(new OutgoingEmail(recipient, "portalNotice", Map.of()));
		awaitSent(id);
		this.jdbc.sql("UPDATE outbox_email SET status = 'FAILED', transport = NULL, last_error = 'Connection refused' "
				+ "WHERE id = :id").param("id", id).update();
		return id;
	}

	private void awaitSent(long id) throws InterruptedException {
		awaitSent(this.outbox, id);
	}

	static void awaitSent(Outbox outbox, long id) throws InterruptedException {
		assertThat(GreenMailTestSupport.eventually(Duration.ofSeconds(10),
				() -> outbox.find(id).orElseThrow().status() == OutboxStatus.SENT))
			.isTrue();
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor frontDesk() {
		return user("frontdesk").roles("FRONT_DESK");
	}

}
