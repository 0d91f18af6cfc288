package org.clinicportal.form;

import java.util.List;

/**
 * The result of a scored measure.
 *
 * @param total the sum of the answers' ordinal values
 * @param band the severity band's label
 * @param flags the labels of the flags the answers raised; empty when none
 */
public record Score(int total, String band, List<String> flags) {

	public Score {
		flags = List.copyOf(flags);
	}

	public boolean flagged() {
		return !this.flags.isEmpty();
	}

}
