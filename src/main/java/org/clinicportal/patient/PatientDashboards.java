package org.clinicportal.patient;

import java.util.Map;
import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.HandlerMapping;

/**
 * For the modules that add a panel to the Patient Dashboard through a controller advice (its
 * template includes a panel only when the model holds it, so this module depends on none of them):
 * whether a request shows the dashboard, and whose.
 */
public final class PatientDashboards {

	/** The dashboard's address, as its handler is mapped. */
	static final String PATH = "/staff/patients/{id}";

	private PatientDashboards() {
	}

	/** The patient whose dashboard the request shows; empty for any other request or a malformed id. */
	public static OptionalLong patientId(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())
				|| !PATH.equals(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE))
				|| !(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> path)) {
			return OptionalLong.empty();
		}
		try {
			return OptionalLong.of(Long.parseLong(String.valueOf(path.get("id"))));
		}
		catch (NumberFormatException ex) {
			return OptionalLong.empty(); // the dashboard answers a malformed id itself
		}
	}

}
