package org.clinicportal.notification;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * An email to queue: who receives it, which template under {@code templates/email/} renders it,
 * the template's variables and who reads it. Variables must never carry health information: an
 * email says that something is waiting in the portal, never what.
 * <p>
 * The language is the reader's, chosen by {@link Notifications} (the one place that decides it) from
 * the reader's account; an email without a reader (an address typed by staff) is in English.
 *
 * @param recipient the recipient's address
 * @param template the template's name, such as {@code passwordSetup}
 * @param variables the template's variables (see docs/email.md for each template's)
 * @param locale the language it is written in, once chosen; {@code null} until then
 * @param attachments files sent with it, often none
 * @param reader the principal name of the account that reads it (a portal account's or a staff
 * user's), or {@code null}
 */
public record OutgoingEmail(String recipient, String template, Map<String, Object> variables, Locale locale,
		List<EmailAttachment> attachments, String reader) {

	public OutgoingEmail {
		recipient = checkedAddress(recipient);
		variables = (variables != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(variables)) : Map.of();
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

	/** An email to the holder of an account, in their language. */
	public static OutgoingEmail to(String reader, String recipient, String template, Map<String, Object> variables,
			List<EmailAttachment> attachments) {
		return new OutgoingEmail(recipient, template, variables, null, attachments, reader);
	}

	/** An email to the holder of an account, in their language, without attachments. */
	public static OutgoingEmail to(String reader, String recipient, String template, Map<String, Object> variables) {
		return to(reader, recipient, template, variables, List.of());
	}

	/** An email in this language. */
	public OutgoingEmail(String recipient, String template, Map<String, Object> variables, Locale locale,
			List<EmailAttachment> attachments) {
		this(recipient, template, variables, locale, attachments, null);
	}

	/** This email, written in this language. */
	OutgoingEmail in(Locale language) {
		return new OutgoingEmail(this.recipient, this.template, this.variables, language, this.attachments, this.reader);
	}

	/** An email without attachments. */
	public OutgoingEmail(String recipient, String template, Map<String, Object> variables, Locale locale) {
		this(recipient, template, variables, locale, List.of());
	}

	/** An email in English. */
	public OutgoingEmail(String recipient, String template, Map<String, Object> variables) {
		this(recipient, template, variables, null, List.of());
	}

	private static String checkedAddress(String recipient) {
		if (recipient == null || recipient.isBlank()) {
			throw new IllegalArgumentException("An email needs a recipient");
		}
		String address = recipient.strip();
		try {
			new InternetAddress(address, true).validate();
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException("Not an email address: " + address, ex);
		}
		return address;
	}

}
