package org.clinicportal.representative;

import java.time.LocalDate;
import java.util.Set;

/**
 * A representative's access as the rules read it on one day.
 *
 * @param stage whether the ticked sections hold, are narrowed, or the access has ended
 * @param sections the sections in force that day
 * @param withheld the ticked sections the rules withhold that day
 * @param reason why it is narrowed or ended; {@link Reason#NONE} when the ticked sections hold
 * @param age the patient's age that day, or -1 when the date of birth is not known
 * @param next the next change and its day, or {@code null} when none is ahead; for an ended grant, the end
 * that ended it ({@code null} when the patient revoked it)
 */
record Standing(Stage stage, Set<String> sections, Set<String> withheld, Reason reason, int age, Change next) {

	Standing {
		sections = Set.copyOf(sections);
		withheld = Set.copyOf(withheld);
	}

	boolean ended() {
		return this.stage == Stage.ENDED;
	}

	/** In order: a later stage never goes back to an earlier one without staff changing the grant. */
	enum Stage {

		FULL, NARROWED, ENDED

	}

	/** Why access is narrowed or ended, or why it will be. */
	enum Reason {

		NONE, CONFIDENTIALITY_AGE, MAJORITY, GUARDIANSHIP_ENDS, ACCESS_ENDS, REVOKED

	}

	/** A change ahead: on this day, for this reason. */
	record Change(Reason reason, LocalDate on) {
	}

}
