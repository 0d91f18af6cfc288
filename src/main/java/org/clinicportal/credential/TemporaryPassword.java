package org.clinicportal.credential;

import java.util.regex.Pattern;

/**
 * A freshly generated password, shown once to staff and never stored in readable form.
 *
 * @param value the password itself, without separators (what goes on the clipboard)
 */
public record TemporaryPassword(String value) implements java.io.Serializable {

	static final int GROUP = 4;

	/** What may stand between the groups as the password is typed: the dashes it is shown with, or spaces. */
	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u2010-\u2015]");

	/**
	 * A generated password as typed, without separators: no generated password holds one, so it is
	 * accepted with or without the dashes it was shown with, for as long as it is the account's
	 * password. A password someone chose is never passed through this.
	 */
	public static String withoutSeparators(String typed) {
		return SEPARATORS.matcher(typed).replaceAll("");
	}

	/** The password in groups of four separated by dashes, for reading aloud. */
	public String grouped() {
		var out = new StringBuilder();
		for (int i = 0; i < this.value.length(); i += GROUP) {
			if (i > 0) {
				out.append('-');
			}
			out.append(this.value, i, Math.min(i + GROUP, this.value.length()));
		}
		return out.toString();
	}

	@Override
	public String toString() {
		return "TemporaryPassword[****]";
	}

}
