package org.clinicportal.audit;

import java.util.Arrays;
import java.util.List;

/**
 * What an audit record says happened, as a message code with its arguments, so that each reader
 * reads it in their own language. The trail also keeps it written out in English, which is what
 * searches and exports read (and all that records from before codes have).
 *
 * @param code the message code, such as {@code audit.detail.reason}
 * @param arguments its arguments, kept as text
 */
public record AuditDetail(String code, List<String> arguments) {

	public AuditDetail {
		arguments = List.copyOf(arguments);
	}

	/** A detail with these arguments; {@code null} arguments are kept as empty text. */
	public static AuditDetail of(String code, Object... arguments) {
		return new AuditDetail(code,
				Arrays.stream(arguments).map((argument) -> (argument != null) ? String.valueOf(argument) : "").toList());
	}

}
