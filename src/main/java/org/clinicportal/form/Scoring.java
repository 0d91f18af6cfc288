package org.clinicportal.form;

import java.util.List;

/**
 * How a measure is scored, from the form's scoring extension (see docs/forms.md): the total is the
 * sum of the answers' ordinal values, read against severity bands; some answers raise a flag.
 *
 * @param totalItem the linkId of the read-only item that carries the total
 * @param bands the severity bands, lowest first, together covering every possible total
 * @param flags the answers that need a clinician's attention
 */
public record Scoring(String totalItem, List<Band> bands, List<Flag> flags) {

	public Scoring {
		bands = List.copyOf(bands);
		flags = List.copyOf(flags);
	}

	/** The band a total falls into. */
	Band band(int total) {
		return this.bands.stream()
			.filter((band) -> band.low() <= total && total <= band.high())
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No band for a total of " + total));
	}

	/**
	 * A severity band: totals from low to high, both included.
	 *
	 * @param low the lowest total in the band
	 * @param high the highest total in the band
	 * @param label what staff read, such as "Moderately severe"
	 */
	public record Band(int low, int high, String label) {
	}

	/**
	 * An answer that needs attention: the item scored at least {@code atLeast}.
	 *
	 * @param item the linkId of the scored item
	 * @param atLeast the lowest score that raises the flag
	 * @param label what staff read
	 */
	public record Flag(String item, int atLeast, String label) {
	}

}
