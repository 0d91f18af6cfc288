package org.clinicportal.notification;

import org.clinicportal.support.TestClock;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationDeliveryTests extends GreenMailTestSupport {

	@Autowired
	Notifications notifications;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	OutboxScheduler scheduler;

	@Test
	void messageFromCommittedTransactionArrivesWithTextAndHtmlParts() throws Exception {
		long id = this.transactions.execute((status) -> this.notifications.queue(new OutgoingEmail("ann@example.org",
				"passwordSetup", Map.of("name", "Ann", "path", "/portal/password?token=abc123"))));

		assertThat(eventually(Duration.ofSeconds(10), () -> count("ann@example.org") == 1)).as(this::outboxState).isTrue();
		MimeMessage message = receivedBy("ann@example.org").get(0);
		assertThat(message.getSubject()).isEqualTo("Your Riverside Behavioral Health patient portal account");
		assertThat(message.getFrom()[0].toString()).contains("no-reply@localhost").contains("Riverside Behavioral Health");
		String text = part(message, "text/plain");
		String html = part(message, "text/html");
		assertThat(text).contains("Hello Ann,", "http://localhost:8080/portal/password?token=abc123",
				"Riverside Behavioral Health", "100 Riverside Drive, Springfield", "(555) 010-0100");
		assertThat(html).contains("Hello Ann,", "href=\"http://localhost:8080/portal/password?token=abc123\"",
				"100 Riverside Drive, Springfield", "(555) 010-0100");
		assertThat(eventually(Duration.ofSeconds(5), () -> status(id) == OutboxStatus.SENT)).isTrue();
		OutboxEntry sent = this.outbox.find(id).orElseThrow();
		assertThat(sent.transport()).isEqualTo("SMTP");
		assertThat(sent.text()).as("content dropped once sent").isNull();
		assertThat(sent.html()).isNull();
	}

	@Test
	void messageWithAFileArrivesWithTheFileAttachedAndTheStoredFileIsEmptiedOnceSent() throws Exception {
		byte[] calendar = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		var file = new EmailAttachment("appointment.ics", "text/calendar; charset=UTF-8; method=PUBLISH", calendar);
		long id = this.transactions.execute((status) -> this.notifications.queue(new OutgoingEmail("cal@example.org",
				"portalNotice", Map.of(), null, java.util.List.of(file))));

		assertThat(eventually(Duration.ofSeconds(10), () -> count("cal@example.org") == 1)).as(this::outboxState).isTrue();
		MimeMessage message = receivedBy("cal@example.org").get(0);
		assertThat(message.isMimeType("multipart/mixed")).isTrue();
		var parts = (jakarta.mail.Multipart) message.getContent();
		assertThat(part(parts.getBodyPart(0), "text/plain")).contains("something new for you");
		var attached = parts.getBodyPart(1);
		assertThat(attached.getFileName()).isEqualTo("appointment.ics");
		assertThat(attached.isMimeType("text/calendar")).isTrue();
		assertThat(attached.getInputStream().readAllBytes()).isEqualTo(calendar);
		assertThat(eventually(Duration.ofSeconds(5), () -> status(id) == OutboxStatus.SENT)).isTrue();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM outbox_attachment WHERE email_id = ? AND content_base64 IS NULL")
			.param(id)
			.query(Long.class)
			.single()).as("file emptied once sent").isEqualTo(1);
	}

	@Test
	void messageFromRolledBackTransactionIsNeverSent() throws Exception {
		this.transactions.executeWithoutResult((status) -> {
			this.notifications.queue(new OutgoingEmail("rolled-back@example.org", "portalNotice", Map.of()));
			status.setRollbackOnly();
		});
		this.transactions.executeWithoutResult((status) -> this.notifications
			.queue(new OutgoingEmail("committed-after@example.org", "portalNotice", Map.of())));

		assertThat(eventually(Duration.ofSeconds(10), () -> count("committed-after@example.org") == 1)).as(this::outboxState).isTrue();
		this.dispatcher.dispatchDue();
		assertThat(receivedBy("rolled-back@example.org")).isEmpty();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM outbox_email WHERE recipient = 'rolled-back@example.org'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void messageQueuedWhileSmtpIsDownArrivesOnceAfterItComesBack() throws Exception {
		stopSmtpServer();
		try {
			long id = this.notifications.queue(new OutgoingEmail("down@example.org", "portalNotice", Map.of()));
			assertThat(eventually(Duration.ofSeconds(10), () -> status(id) == OutboxStatus.RETRYING)).isTrue();
			OutboxEntry retrying = this.outbox.find(id).orElseThrow();
			assertThat(retrying.attempts()).isEqualTo(1);
			assertThat(retrying.lastError()).isNotBlank();
			assertThat(retrying.nextAttemptAt()).isBetween(this.clock.instant(),
					this.clock.instant().plusSeconds(30));
		}
		finally {
			startSmtpServer();
		}
		assertThat(this.dispatcher.dispatchDue()).as("not due before its back-off").isZero();

		this.clock.advance(Duration.ofSeconds(30));
		assertThat(eventually(Duration.ofSeconds(10), () -> count("down@example.org") == 1)).as(this::outboxState).isTrue();
		// Let the dispatcher record the result before time jumps past its lease.
		long sent = this.jdbc.sql("SELECT id FROM outbox_email WHERE recipient = 'down@example.org'").query(Long.class).single();
		assertThat(eventually(Duration.ofSeconds(10), () -> status(sent) == OutboxStatus.SENT)).isTrue();
		this.clock.advance(Duration.ofHours(1));
		this.dispatcher.dispatchDue();
		Thread.sleep(300);
		assertThat(receivedBy("down@example.org")).hasSize(1);
	}

	/**
	 * The wait between the last attempt and the next, read in one statement while no dispatcher holds
	 * the message: the background dispatcher may claim it at any moment, and a claim sets its lease as
	 * the due time.
	 */
	private Duration backOff(long id) throws InterruptedException {
		var seen = new AtomicReference<Duration>();
		assertThat(eventually(Duration.ofSeconds(10), () -> this.jdbc.sql("""
				SELECT last_attempt_at, next_attempt_at FROM outbox_email
				WHERE id = ? AND claim_token IS NULL AND next_attempt_at IS NOT NULL
				""").param(id).query((rs, n) -> Duration.between(rs.getObject(1, OffsetDateTime.class),
				rs.getObject(2, OffsetDateTime.class))).optional().map((wait) -> {
					seen.set(wait);
					return true;
				}).orElse(false))).isTrue();
		return seen.get();
	}

	@Test
	void messageThatKeepsFailingBacksOffAndFailsAfterADay() throws Exception {
		stopSmtpServer();
		// this test alone dispatches, between its steps of the clock: a background dispatch caught by a
		// step would see the clock jump between its attempt and the failure it records
		this.scheduler.stop();
		long id;
		try {
			id = this.transactions.execute(
					(status) -> this.notifications.queue(new OutgoingEmail("never@example.org", "portalNotice", Map.of())));
			Instant queuedAt = this.clock.instant();
			this.dispatcher.dispatchDue();
			assertThat(status(id)).isEqualTo(OutboxStatus.RETRYING);
			Duration previousWait = Duration.ZERO;
			while (status(id) == OutboxStatus.RETRYING) {
				Duration wait = backOff(id);
				assertThat(wait).isGreaterThanOrEqualTo(previousWait).isLessThanOrEqualTo(Duration.ofMinutes(15));
				previousWait = wait;
				this.clock.advance(wait);
				this.dispatcher.dispatchDue();
			}
			OutboxEntry failed = this.outbox.find(id).orElseThrow();
			assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
			assertThat(previousWait).isEqualTo(Duration.ofMinutes(15));
			assertThat(Duration.between(queuedAt, failed.lastAttemptAt())).isBetween(Duration.ofHours(23),
					Duration.ofHours(24));
		}
		finally {
			this.scheduler.start();
			startSmtpServer();
		}
		assertThat(this.outbox.retry(id, this.clock.instant(), this.clock.instant().plus(Duration.ofDays(1)))).isTrue();
		this.dispatcher.dispatchDue();
		assertThat(eventually(Duration.ofSeconds(10), () -> count("never@example.org") == 1)).as(this::outboxState).isTrue();
	}

	private String outboxState() {
		return this.jdbc.sql("SELECT id, recipient, status, attempts, last_error, next_attempt_at FROM outbox_email")
			.query()
			.listOfRows()
			.toString();
	}

	private OutboxStatus status(long id) {
		return this.outbox.find(id).orElseThrow().status();
	}

	private static int count(String recipient) {
		try {
			return receivedBy(recipient).size();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
