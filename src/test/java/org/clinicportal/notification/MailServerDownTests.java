package org.clinicportal.notification;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The application with an SMTP server configured that does not answer: a port nothing listens on. */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "clinic.mail.poll-interval=200ms",
		"logging.level.org.clinicportal.notification=INFO" })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class MailServerDownTests {

	static final int CLOSED_PORT = GreenMailTestSupport.freePort();

	@DynamicPropertySource
	static void smtpProperties(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> CLOSED_PORT);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifications notifications;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void healthAndReadinessStayUpWhileTheMailServerIsUnreachable() throws Exception {
		for (String probe : new String[] { "/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness" }) {
			this.mvc.perform(get(probe)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		}
	}

	@Test
	void outboxPageShowsTheServerUnreachableWithItsErrorAndTheBacklog() throws Exception {
		long id = this.notifications.queue(new OutgoingEmail("waiting@example.org", "portalNotice", Map.of()));
		assertThat(GreenMailTestSupport.eventually(Duration.ofSeconds(10),
				() -> this.outbox.find(id).orElseThrow().status() == OutboxStatus.RETRYING)).isTrue();
		long pending = this.jdbc.sql("SELECT COUNT(*) FROM outbox_email WHERE status IN ('QUEUED', 'RETRYING')")
			.query(Long.class)
			.single();

		this.mvc.perform(get("/staff/outbox").with(OutboxControllerTests.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Not reachable")))
			.andExpect(content().string(containsString("No connection")))
			.andExpect(content().string(containsString("Connection refused")))
			.andExpect(content().string(containsString(pending + " (queued or retrying)")))
			.andExpect(content().string(containsString("; the oldest was queued")));
	}

	@Test
	void recipientRefusedByTheServerIsLoggedAndStoredWithoutItsAddress(CapturedOutput output) throws Exception {
		long id;
		try (RefusingSmtpServer server = RefusingSmtpServer.start(CLOSED_PORT)) {
			id = this.notifications.queue(new OutgoingEmail("kim.refused@example.org", "portalNotice", Map.of()));
			assertThat(GreenMailTestSupport.eventually(Duration.ofSeconds(10),
					() -> this.outbox.find(id).orElseThrow().status() == OutboxStatus.FAILED)).isTrue();
		}
		assertThat(this.outbox.find(id).orElseThrow().lastError()).contains("550").doesNotContain("kim.refused");
		assertThat(output.getAll()).contains("Email " + id + " not sent").doesNotContain("kim.refused");
		this.mvc.perform(get("/staff/outbox").with(OutboxControllerTests.admin()))
			.andExpect(content().string(containsString("Recipient refused by the server")))
			.andExpect(content().string(containsString("550 5.1.1 &lt;[address]&gt;")));
	}

}
