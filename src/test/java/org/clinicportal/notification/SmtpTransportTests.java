package org.clinicportal.notification;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;

import org.clinicportal.notification.EmailTransport.DeliveryFailure;
import org.clinicportal.notification.EmailTransport.DeliveryFailure.Kind;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpTransportTests {

	private static final ClaimedEmail EMAIL = new ClaimedEmail(7, "token", "kim.refused@example.org", "Subject",
			"Text", "<p>HTML</p>", 1, Instant.now().plusSeconds(3600));

	@Test
	void recipientRefusedByTheServerFailsForGoodAndItsErrorNamesNoAddress() throws IOException {
		try (RefusingSmtpServer server = RefusingSmtpServer.start(0)) {
			DeliveryFailure failure = transport(sender(server.port())).send(List.of(EMAIL)).get(EMAIL.id());

			assertThat(failure.kind()).isEqualTo(Kind.RECIPIENT_REFUSED);
			assertThat(failure.permanent()).isTrue();
			assertThat(failure.error()).contains("550 5.1.1", DeliveryFailure.HIDDEN).doesNotContain("kim.refused", "@");
		}
	}

	@Test
	void unreachableServerIsAConnectionFailureWorthTryingAgain() {
		int closed = GreenMailTestSupport.freePort();
		DeliveryFailure failure = transport(sender(closed)).send(List.of(EMAIL)).get(EMAIL.id());

		assertThat(failure.kind()).isEqualTo(Kind.CONNECTION);
		assertThat(failure.permanent()).isFalse();
		assertThat(failure.error()).doesNotContain("kim.refused");
	}

	@Test
	void startTlsRequiredBySpringMailStartTlsRequiredRefusesAServerWithoutStartTls() {
		var plain = new GreenMail(
				new ServerSetup(GreenMailTestSupport.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		plain.start();
		try {
			var runner = new ApplicationContextRunner().withInitializer(new ConfigDataApplicationContextInitializer())
				.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
				.withPropertyValues("spring.mail.host=127.0.0.1", "spring.mail.port=" + plain.getSmtp().getPort());
			runner.withPropertyValues("SPRING_MAIL_STARTTLS_REQUIRED=true").run((context) -> {
				DeliveryFailure failure = transport(context.getBean(JavaMailSender.class)).send(List.of(EMAIL))
					.get(EMAIL.id());
				assertThat(failure.kind()).isEqualTo(Kind.TLS);
				assertThat(failure.permanent()).isFalse();
			});
			assertThat(plain.getReceivedMessages()).isEmpty();
			runner.run((context) -> assertThat(transport(context.getBean(JavaMailSender.class)).send(List.of(EMAIL)))
				.as("sent without the setting").isEmpty());
			assertThat(plain.getReceivedMessages()).hasSize(1);
		}
		finally {
			plain.stop();
		}
	}

	@Test
	void errorTextsLoseEveryAddressTheyHold() {
		assertThat(DeliveryFailure.withoutAddresses(
				"550 5.1.1 <kim.o'neil+portal@example.org>: Recipient address rejected; also Ann@Example.ORG, x@y"))
			.isEqualTo("550 5.1.1 <[address]>: Recipient address rejected; also [address], [address]");
		assertThat(DeliveryFailure.withoutAddresses("Missing final '@domain' in string ``kim at example''"))
			.isEqualTo("Missing final '@domain' in string ``[address]''");
		assertThat(new DeliveryFailure(Kind.OTHER, "421 try later, kim@example.org").error())
			.isEqualTo("421 try later, [address]");
	}

	@Test
	void failuresAreReadByKind() throws AddressException {
		var refused = new SendFailedException("Invalid Addresses", null, new InternetAddress[0], new InternetAddress[0],
				new InternetAddress[] { new InternetAddress("kim@example.org") });
		assertThat(MailFailures.of(new MailSendException("Failed messages", refused)).kind())
			.isEqualTo(Kind.RECIPIENT_REFUSED);
		assertThat(MailFailures.ofBatch(refused).permanent()).as("a whole batch's failure is never permanent").isFalse();
		assertThat(MailFailures.of(new jakarta.mail.AuthenticationFailedException("535 bad credentials")).kind())
			.isEqualTo(Kind.AUTHENTICATION);
		assertThat(MailFailures.of(new MessagingException("Could not connect", new java.net.ConnectException())).kind())
			.isEqualTo(Kind.CONNECTION);
		assertThat(MailFailures.of(new MessagingException("451 temporary local problem")).kind()).isEqualTo(Kind.OTHER);
		assertThat(MailFailures.unbuildable(new MessagingException("bad")).permanent()).isTrue();
		assertThat(Map.of(Kind.CONNECTION, Kind.CONNECTION.serverReachable(), Kind.RECIPIENT_REFUSED,
				Kind.RECIPIENT_REFUSED.serverReachable()))
			.containsEntry(Kind.CONNECTION, false)
			.containsEntry(Kind.RECIPIENT_REFUSED, true);
	}

	private static SmtpTransport transport(JavaMailSender sender) {
		return new SmtpTransport(sender, "portal@clinic.example", "Clinic");
	}

	private static JavaMailSender sender(int port) {
		var sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		sender.getJavaMailProperties().setProperty("mail.smtp.connectiontimeout", "5000");
		return sender;
	}

}
