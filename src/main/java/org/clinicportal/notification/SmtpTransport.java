package org.clinicportal.notification;

import java.io.UnsupportedEncodingException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends over SMTP ({@code spring.mail.*}), each as a plain-text part with an HTML alternative. */
final class SmtpTransport implements EmailTransport {

	private final JavaMailSender sender;

	private final String from;

	private final String fromName;

	SmtpTransport(JavaMailSender sender, String from, String fromName) {
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
				failures.put(email.id(), new DeliveryFailure(describe(ex), true));
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
				ids.values().forEach((id) -> failures.put(id, new DeliveryFailure(describe(ex), false)));
			}
			ex.getFailedMessages()
				.forEach((message, cause) -> failures.put(ids.get(message),
						new DeliveryFailure(describe(cause), isPermanent(cause))));
		}
		catch (MailException ex) {
			// Authentication or connection trouble: the messages themselves may be fine.
			ids.values().forEach((id) -> failures.put(id, new DeliveryFailure(describe(ex), false)));
		}
		return failures;
	}

	private MimeMessage message(ClaimedEmail email) throws MessagingException, UnsupportedEncodingException {
		MimeMessage message = this.sender.createMimeMessage();
		var helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
		helper.setFrom(this.from, this.fromName);
		helper.setTo(email.recipient());
		helper.setSubject(email.subject());
		helper.setText(email.text(), email.html());
		return message;
	}

	/** An address the server refused outright, or a message that cannot be built, will never go. */
	private static boolean isPermanent(Exception ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof AddressException || cause instanceof MailPreparationException) {
				return true;
			}
			if (cause instanceof SendFailedException failed && failed.getInvalidAddresses() != null
					&& failed.getInvalidAddresses().length > 0) {
				return true;
			}
		}
		return false;
	}

	private static String describe(Exception ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		return (root == ex) ? message : message + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
	}

}
