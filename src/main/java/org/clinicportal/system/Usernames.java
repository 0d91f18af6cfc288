package org.clinicportal.system;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Usernames, staff and portal alike, are compared trimmed, NFKC-normalized and in lower case. A
 * username is either an email address or 3 to 64 letters, digits and {@code . - _}.
 */
public final class Usernames {

	/** A username that is not an email address. */
	public static final String PLAIN = "[\\p{L}\\p{N}._-]{3,64}";

	/** A staff username: plain, or with an @ as in an email address. */
	public static final String STAFF = "[\\p{L}\\p{N}._@-]{3,64}";

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

	/** The longest username of any account (an email address's longest): longer ones are refused unread. */
	public static final int MAX_LENGTH = 254;

	private Usernames() {
	}

	/** The form in which usernames are compared and stored as keys. */
	public static String normalize(String username) {
		return (username == null) ? ""
				: Normalizer.normalize(username.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
	}

	/** Whether the (normalized) username is meant as an email address. */
	public static boolean looksLikeEmail(String username) {
		return username.indexOf('@') >= 0;
	}

	/** Whether the (normalized) username is a plausible email address. */
	public static boolean isEmail(String username) {
		return username.length() <= MAX_LENGTH && EMAIL.matcher(username).matches();
	}

}
