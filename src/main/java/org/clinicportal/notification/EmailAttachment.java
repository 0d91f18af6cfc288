package org.clinicportal.notification;

import java.util.regex.Pattern;

/**
 * A file sent with an email, such as an appointment's calendar file. Like the email's variables, it
 * must never carry health information.
 *
 * @param filename the name the recipient sees, such as {@code appointment.ics}
 * @param contentType its media type, such as {@code text/calendar; charset=UTF-8; method=PUBLISH}
 * @param content the file
 */
public record EmailAttachment(String filename, String contentType, byte[] content) {

	/** The largest file an email carries; the outbox stores it with the message. */
	public static final int MAX_SIZE = 256 * 1024;

	private static final Pattern FILENAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

	public EmailAttachment {
		if (filename == null || !FILENAME.matcher(filename).matches()) {
			throw new IllegalArgumentException("Not an attachment name: " + filename);
		}
		if (contentType == null || contentType.isBlank() || contentType.length() > 200) {
			throw new IllegalArgumentException("An attachment needs a media type");
		}
		if (content == null || content.length > MAX_SIZE) {
			throw new IllegalArgumentException("An attachment holds 1 to " + MAX_SIZE + " bytes");
		}
		content = content.clone();
	}

	@Override
	public byte[] content() {
		return this.content.clone();
	}

}
