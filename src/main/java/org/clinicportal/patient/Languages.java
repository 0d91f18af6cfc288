package org.clinicportal.patient;

import java.util.List;

/** The preferred languages a chart offers, as ISO 639-1 codes; labels are in the messages. */
final class Languages {

	static final List<String> CODES = List.of("en", "es", "zh", "vi", "ar", "ko", "fr", "pt", "ru", "ht", "other");

	private Languages() {
	}

}
