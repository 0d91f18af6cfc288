package org.clinicportal.notification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.clinicportal.ClinicPortalApplication;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues messages in business transactions, then delivers them to an in-JVM SMTP server, and prints
 * the figures. Run by {@code bench/outbox.sh}; arguments go to Spring (for example
 * {@code --spring.datasource.url=jdbc:postgresql://...}). System properties: {@code messages}
 * (10000), {@code dispatchers} (dispatcher threads, 1).
 */
public final class OutboxBenchmark {

	private OutboxBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int messages = Integer.getInteger("messages", 10_000);
		int threads = Integer.getInteger("dispatchers", 1);
		int port = Integer.getInteger("smtpPort", 3025);
		var smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port, "--clinic.mail.dispatcher-enabled=false",
				"--clinic.demo=false", "--clinic.admin-password=outbox benchmark administrator passphrase",
				"--logging.level.root=WARN", "--logging.level.com.icegreen=WARN",
				"--logging.level.org.springframework.context.support.ResourceBundleMessageSource=ERROR"));
		arguments.addAll(Arrays.asList(args));
		if (arguments.stream().noneMatch((argument) -> argument.startsWith("--spring.datasource.url="))) {
			arguments.add("--spring.datasource.url=jdbc:h2:mem:outbox-benchmark;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
		}
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ClinicPortalApplication.class)
			.run(arguments.toArray(String[]::new))) {
			var transactions = app.getBean(TransactionTemplate.class);
			var audit = app.getBean(AuditTrail.class);
			var notifications = app.getBean(Notifications.class);
			var jdbc = app.getBean(JdbcClient.class);
			jdbc.sql("DELETE FROM outbox_email").update();

			Consumer<Integer> business = (i) -> audit.record(AuditTrail.SYSTEM, AuditAction.STAFF_USER_UPDATED, null,
					"benchmark change " + i, null);
			Consumer<Integer> businessWithEmail = (i) -> {
				business.accept(i);
				notifications.queue(new OutgoingEmail("patient" + i + "@bench.example.org", "portalNotice",
						Map.of("name", "Patient " + i)));
			};
			// Warm up: the JIT, the connection pool, the template cache.
			time(transactions, 2_000, business);
			time(transactions, 1_000, businessWithEmail);
			jdbc.sql("DELETE FROM outbox_email").update();

			long[] without = time(transactions, messages, business);
			long queueStart = System.nanoTime();
			long[] with = time(transactions, messages, businessWithEmail);
			double queueSeconds = (System.nanoTime() - queueStart) / 1e9;
			System.out.printf("Queued %,d messages, one per business transaction, in %.2f s: %,.0f messages/s%n",
					messages, queueSeconds, messages / queueSeconds);
			System.out.printf("Business transaction (one audit insert + commit): mean %.3f ms, p95 %.3f ms%n",
					mean(without), percentile(without, 95));
			System.out.printf("Same transaction also queueing an email:          mean %.3f ms, p95 %.3f ms%n",
					mean(with), percentile(with, 95));
			System.out.printf("Time queueing adds to a business transaction:     mean %.3f ms, p95 %.3f ms (target < 2 ms)%n",
					mean(with) - mean(without), percentile(with, 95) - percentile(without, 95));

			OutboxDispatcher dispatcher = app.getBean(OutboxDispatcher.class);
			long deliverStart = System.nanoTime();
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			for (int t = 0; t < threads; t++) {
				pool.submit(() -> {
					while (dispatcher.dispatchDue() > 0) {
						// keep going until nothing is due
					}
				});
			}
			pool.shutdown();
			pool.awaitTermination(1, TimeUnit.HOURS);
			smtp.waitForIncomingEmail(60_000, messages);
			double deliverSeconds = (System.nanoTime() - deliverStart) / 1e9;
			long sent = jdbc.sql("SELECT COUNT(*) FROM outbox_email WHERE status = 'SENT'").query(Long.class).single();
			System.out.printf("Delivered %,d messages (%,d received by the SMTP server) with %d dispatcher thread(s) "
					+ "in %.2f s: %,.0f messages/s (target >= 300/s)%n", sent, smtp.getReceivedMessages().length,
					threads, deliverSeconds, sent / deliverSeconds);
		}
		finally {
			smtp.stop();
		}
	}

	private static long[] time(TransactionTemplate transactions, int count, Consumer<Integer> work) {
		long[] nanos = new long[count];
		for (int i = 0; i < count; i++) {
			int n = i;
			long start = System.nanoTime();
			transactions.executeWithoutResult((status) -> work.accept(n));
			nanos[i] = System.nanoTime() - start;
		}
		return nanos;
	}

	private static double mean(long[] nanos) {
		return Arrays.stream(nanos).average().orElse(0) / 1e6;
	}

	private static double percentile(long[] nanos, int percentile) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
	}

}
