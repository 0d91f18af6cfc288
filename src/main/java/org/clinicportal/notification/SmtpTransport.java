package org.clinicportal.notification;

import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.util.ClassUtils;

/**
 * Sends over SMTP ({@code spring.mail.*}), each as a plain-text part with an HTML alternative, and
 * its files, if any, beside them.
 */
final class SmtpTransport implements EmailTransport {

	private static final String UTF_8 = "UTF-8";

	private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	private static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

	private final JavaMailSender sender;

	private final String from;

	private final String fromName;

	SmtpTransport(JavaMailSender sender, String from, String fromName) {
		nameStreamProvider();
		this.sender = sender;
		this.from = from;
		this.fromName = fromName;
	}

	@Override
	public String name() {
		return Outbox.SMTP;
	}

	@Override
	public Map<Long, DeliveryFailure> send(List<ClaimedEmail> emails) {
		Map<Long, DeliveryFailure> failures = new HashMap<>();
		Map<MimeMessage, Long> ids = new IdentityHashMap<>();
		for (ClaimedEmail email : emails) {
			try {
				ids.put(message(email), email.id());
			}
			catch (MessagingException | UnsupportedEncodingException | MailException ex) {
				failures.put(email.id(), MailFailures.unbuildable(ex));
			}
		}
		if (ids.isEmpty()) {
			return failures;
		}
		try {
			this.sender.send(ids.keySet().toArray(MimeMessage[]::new));
		}
		catch (MailSendException ex) {
			if (ex.getFailedMessages().isEmpty()) {
				ids.values().forEach((id) -> failures.put(id, MailFailures.ofBatch(ex)));
			}
			ex.getFailedMessages().forEach((message, cause) -> failures.put(ids.get(message), MailFailures.of(cause)));
		}
		catch (MailException ex) {
			// Authentication or connection trouble: the messages themselves may be fine.
			ids.values().forEach((id) -> failures.put(id, MailFailures.ofBatch(ex)));
		}
		return failures;
	}

	/**
	 * A multipart/alternative message: plain text first, then the HTML that mail programs prefer;
	 * with files, that is the first part of a multipart/mixed message and the files follow it.
	 */
	private MimeMessage message(ClaimedEmail email) throws MessagingException, UnsupportedEncodingException {
		var text = new MimeBodyPart();
		text.setText(email.text(), UTF_8, "plain");
		var html = new MimeBodyPart();
		html.setText(email.html(), UTF_8, "html");
		var alternatives = new MimeMultipart("alternative", text, html);
		MimeMessage message = this.sender.createMimeMessage();
		message.setFrom(new InternetAddress(this.from, this.fromName, UTF_8));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(email.recipient(), true));
		message.setSubject(email.subject(), UTF_8);
		message.setSentDate(new Date());
		message.setContent(email.attachments().isEmpty() ? alternatives : withFiles(alternatives, email.attachments()));
		return message;
	}

	private static MimeMultipart withFiles(MimeMultipart alternatives, List<EmailAttachment> files)
			throws MessagingException {
		var body = new MimeBodyPart();
		body.setContent(alternatives);
		var mixed = new MimeMultipart("mixed", body);
		for (EmailAttachment file : files) {
			var part = new MimeBodyPart();
			part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
			part.setFileName(file.filename());
			part.setDisposition(Part.ATTACHMENT);
			mixed.addBodyPart(part);
		}
		return mixed;
	}

	/**
	 * Jakarta Mail 2.1 looks its stream provider up with a ServiceLoader for every body part it
	 * creates, scanning the class path each time; naming the provider skips the scan and about
	 * doubles the messages sent per second.
	 */
	private static void nameStreamProvider() {
		if (System.getProperty(STREAM_PROVIDER) == null && ClassUtils.isPresent(ANGUS_STREAM_PROVIDER, null)) {
			System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
		}
	}

}
