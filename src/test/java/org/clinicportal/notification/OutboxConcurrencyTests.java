package org.clinicportal.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.clinicportal.system.ClinicProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two dispatchers, each with an SMTP connection of its own, race over one outbox: every message
 * must arrive exactly once. The H2 run uses the in-memory database; {@code OutboxPostgresTests}
 * runs the same against PostgreSQL.
 */
class OutboxConcurrencyTests extends GreenMailTestSupport {

	static final int MESSAGES = 1000;

	@Autowired
	Notifications notifications;

	@Autowired
	Outbox outbox;

	@Autowired
	NotificationProperties properties;

	@Autowired
	ClinicProperties clinic;

	@Autowired
	Clock clock;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoDispatchersDeliverEachOfAThousandMessagesExactlyOnce() throws Exception {
		String domain = "race-" + System.nanoTime() + ".example.org";
		List<OutboxDispatcher> dispatchers = List.of(dispatcher(), dispatcher());
		this.transactions.executeWithoutResult((status) -> {
			for (int i = 0; i < MESSAGES; i++) {
				this.notifications.queue(new OutgoingEmail("p" + i + "@" + domain, "portalNotice", Map.of()));
			}
		});

		var start = new CyclicBarrier(dispatchers.size());
		ExecutorService threads = Executors.newFixedThreadPool(dispatchers.size());
		List<Future<Integer>> handled = new ArrayList<>();
		for (OutboxDispatcher dispatcher : dispatchers) {
			handled.add(threads.submit(() -> {
				start.await();
				int total = 0;
				while (pending(domain) > 0) {
					total += dispatcher.dispatchBatch();
				}
				return total;
			}));
		}
		threads.shutdown();
		int first = handled.get(0).get();
		int second = handled.get(1).get();

		assertThat(eventually(Duration.ofSeconds(30), () -> received(domain).size() >= MESSAGES)).isTrue();
		Thread.sleep(300);
		Map<String, Integer> perRecipient = received(domain);
		assertThat(perRecipient).hasSize(MESSAGES);
		assertThat(perRecipient.values()).allMatch((count) -> count == 1);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM outbox_email WHERE recipient LIKE :pattern AND status = 'SENT' "
				+ "AND attempts = 1")
			.param("pattern", "%@" + domain)
			.query(Long.class)
			.single()).isEqualTo(MESSAGES);
		// The application's own scheduled dispatcher may have taken a share as well.
		assertThat(first + second).isLessThanOrEqualTo(MESSAGES);
		assertThat(first).as("first dispatcher's share").isPositive();
		assertThat(second).as("second dispatcher's share").isPositive();
	}

	/** A dispatcher as another node would have: same database, SMTP connections of its own. */
	private OutboxDispatcher dispatcher() {
		var sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(SMTP_PORT);
		return new OutboxDispatcher(this.outbox, new SmtpTransport(sender, "no-reply@localhost", this.clinic.name()),
				this.properties, new MailServerState(), this.clock);
	}

	private long pending(String domain) {
		return this.jdbc.sql("SELECT COUNT(*) FROM outbox_email WHERE recipient LIKE :pattern AND status <> 'SENT'")
			.param("pattern", "%@" + domain)
			.query(Long.class)
			.single();
	}

	private static Map<String, Integer> received(String domain) {
		Map<String, Integer> counts = new HashMap<>();
		try {
			for (MimeMessage message : smtp.getReceivedMessages()) {
				String to = message.getRecipients(Message.RecipientType.TO)[0].toString();
				if (to.endsWith("@" + domain)) {
					counts.merge(to, 1, Integer::sum);
				}
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return counts;
	}

}
