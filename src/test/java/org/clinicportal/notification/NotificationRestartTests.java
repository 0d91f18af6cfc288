package org.clinicportal.notification;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.clinicportal.ClinicPortalApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application stops after a commit that queued mail and before sending it, then starts again
 * on the same database: the mail is sent. Two application runs on one file database.
 */
class NotificationRestartTests {

	@TempDir
	Path dataDir;

	GreenMail smtp;

	@BeforeEach
	void startSmtp() {
		this.smtp = new GreenMail(new ServerSetup(GreenMailTestSupport.SMTP_PORT + 1, "127.0.0.1",
				ServerSetup.PROTOCOL_SMTP));
		this.smtp.start();
	}

	@AfterEach
	void stopSmtp() {
		this.smtp.stop();
	}

	@Test
	void messagesCommittedBeforeAStopAreSentAfterTheNextStart() throws Exception {
		try (ConfigurableApplicationContext first = start(false)) {
			var transactions = first.getBean(TransactionTemplate.class);
			var notifications = first.getBean(Notifications.class);
			transactions.executeWithoutResult((status) -> notifications
				.queue(new OutgoingEmail("queued@example.org", "portalNotice", Map.of())));
			// A node that claimed a message and died before sending it.
			notifications.queue(new OutgoingEmail("claimed@example.org", "portalNotice", Map.of()));
			Clock clock = first.getBean(Clock.class);
			assertThat(first.getBean(Outbox.class)
				.claim(10, clock.instant(), clock.instant().plusMillis(500))
				.stream()
				.map(ClaimedEmail::recipient)).contains("claimed@example.org");
		}
		assertThat(this.smtp.getReceivedMessages()).isEmpty();

		try (ConfigurableApplicationContext second = start(true)) {
			assertThat(this.smtp.waitForIncomingEmail(Duration.ofSeconds(15).toMillis(), 2)).isTrue();
			assertThat(GreenMailTestSupport.eventually(Duration.ofSeconds(5),
					() -> second.getBean(Outbox.class).counts().get(OutboxStatus.SENT) == 2))
				.isTrue();
		}
		assertThat(this.smtp.getReceivedMessages()).hasSize(2);
	}

	private ConfigurableApplicationContext start(boolean dispatcher) {
		return new SpringApplicationBuilder(ClinicPortalApplication.class).run("--server.port=0",
				"--spring.datasource.url=jdbc:h2:file:" + this.dataDir.resolve("clinic-portal")
						+ ";DB_CLOSE_ON_EXIT=FALSE",
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + (GreenMailTestSupport.SMTP_PORT + 1),
				"--clinic.mail.dispatcher-enabled=" + dispatcher, "--clinic.mail.poll-interval=200ms",
				"--clinic.demo=false", "--logging.level.com.icegreen=WARN",
				"--logging.level.org.springframework.context.support.ResourceBundleMessageSource=ERROR");
	}

}
