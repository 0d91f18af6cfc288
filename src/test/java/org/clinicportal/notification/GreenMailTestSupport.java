package org.clinicportal.notification;

import org.clinicportal.support.TestClock;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An in-JVM SMTP server (GreenMail) on a port of its own that tests can stop and start again, a
 * clock they can move, and the properties that point the application at both.
 */
// Quiet: GreenMail logs each new recipient, and message bundles that other modules have not
// written yet are reported at every lookup.
@SpringBootTest(properties = { "logging.level.com.icegreen=WARN",
		"logging.level.org.springframework.context.support.ResourceBundleMessageSource=ERROR" })
@Import(GreenMailTestSupport.MovableClock.class)
abstract class GreenMailTestSupport {

	static final int SMTP_PORT = freePort();

	static GreenMail smtp;

	@DynamicPropertySource
	static void smtpProperties(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("clinic.mail.poll-interval", () -> "200ms");
		registry.add("clinic.mail.batch-size", () -> "20");
	}

	@BeforeAll
	static void startSmtp() {
		if (smtp == null) {
			startSmtpServer();
		}
	}

	@AfterAll
	static void stopSmtp() {
		stopSmtpServer();
	}

	static void startSmtpServer() {
		smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
	}

	static void stopSmtpServer() {
		if (smtp != null) {
			smtp.stop();
			smtp = null;
		}
	}

	/** The messages the SMTP server received for one recipient. */
	static List<MimeMessage> receivedBy(String recipient) throws MessagingException {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
				.anyMatch((address) -> address.toString().equals(recipient))) {
				found.add(message);
			}
		}
		return found;
	}

	/** The content of the first part of this MIME type, searching nested multiparts. */
	static String part(Part part, String mimeType) throws MessagingException, IOException {
		if (part.isMimeType(mimeType)) {
			return (String) part.getContent();
		}
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				String content = part(body, mimeType);
				if (content != null) {
					return content;
				}
			}
		}
		return null;
	}

	/** Waits up to {@code timeout} for a condition; returns whether it came true. */
	static boolean eventually(Duration timeout, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (condition.getAsBoolean()) {
				return true;
			}
			Thread.sleep(20);
		}
		return condition.getAsBoolean();
	}

	/** A port nothing listens on (free a moment ago). */
	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class MovableClock {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}
