package org.clinicportal.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes RFC 4180 CSV, one row at a time. Fields holding a separator are quoted, {@code ;} as well
 * as {@code ,}, because spreadsheets set up for European locales split on semicolons. Fields that a
 * spreadsheet would read as a formula (starting with =, +, -, @, tab or carriage return) are
 * prefixed with a quote mark so that they stay text.
 */
public final class CsvWriter {

	private final Writer out;

	public CsvWriter(Writer out) {
		this.out = out;
	}

	/** Writes one row; {@code null} fields are written empty. */
	public void row(Object... fields) {
		try {
			for (int i = 0; i < fields.length; i++) {
				if (i > 0) {
					this.out.write(',');
				}
				this.out.write(field(fields[i]));
			}
			this.out.write("\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String field(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		boolean quote = text.chars().anyMatch((c) -> ",;\"\n\r".indexOf(c) >= 0);
		return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

}
