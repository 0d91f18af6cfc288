package org.clinicportal.staff;

import java.text.Normalizer;
import java.util.Locale;

/** Staff usernames are compared trimmed, NFKC-normalized and in lower case. */
final class Usernames {

	static final String PATTERN = "[\\p{L}\\p{N}._@-]{3,64}";

	private Usernames() {
	}

	static String normalize(String username) {
		return (username == null) ? "" : Normalizer.normalize(username.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
	}

}
