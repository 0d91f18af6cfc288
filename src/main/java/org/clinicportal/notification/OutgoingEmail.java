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
 * the template's variables and the language to write it in. Variables must never carry health
 * information: an email says that something is waiting in the portal, never what.
 *
 * @param recipient the recipient's address
 * @param template the template's name, such as {@code passwordSetup}
 * @param variables the template's variables (see docs/email.md for each template's)
 * @param locale the recipient's language; {@code null} means English
 * @param attachments files sent with it, often none
 */
public record OutgoingEmail(String recipient, String template, Map<String, Object> variables, Locale locale,
		List<EmailAttachment> attachments) {

	public OutgoingEmail {
		recipient = checkedAddress(recipient);
		variables = (variables != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(variables)) : Map.of();
		locale = (locale != null) ? locale : Locale.ENGLISH;
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
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
