package org.clinicportal.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answers to one form, by item linkId, each as text: a choice's code, {@code true} or
 * {@code false}, a number, an ISO date, or the words typed. Blank answers are left out.
 */
public record Answers(Map<String, String> values) {

	public Answers {
		var kept = new LinkedHashMap<String, String>();
		values.forEach((linkId, value) -> {
			if (linkId != null && value != null && !value.isBlank()) {
				kept.put(linkId, value.strip());
			}
		});
		values = Collections.unmodifiableMap(kept);
	}

	public static Answers none() {
		return new Answers(Map.of());
	}

	/** The answer to an item, or {@code null} when it has none. */
	public String get(String linkId) {
		return this.values.get(linkId);
	}

	public boolean has(String linkId) {
		return this.values.containsKey(linkId);
	}

	public boolean isEmpty() {
		return this.values.isEmpty();
	}

}
