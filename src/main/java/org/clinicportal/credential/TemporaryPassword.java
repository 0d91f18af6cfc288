package org.clinicportal.credential;

/**
 * A freshly generated password, shown once to staff and never stored in readable form.
 *
 * @param value the password itself, without separators (what goes on the clipboard)
 */
public record TemporaryPassword(String value) implements java.io.Serializable {

	static final int GROUP = 4;

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
