package org.clinicportal.account;

import java.util.List;

/**
 * What a representative's access amounts to today and why, in the reader's language, for the setup
 * form and the chart's Patient Portal panel.
 *
 * @param ended whether the access has ended (it stays listed until staff delete it)
 * @param lines sentences: the sections in force, what is withheld and why, the next change and its date
 */
public record AccessSummary(boolean ended, List<String> lines) {

	public AccessSummary {
		lines = List.copyOf(lines);
	}

}
