package org.clinicportal.patient;

import java.time.Instant;
import java.util.List;

/**
 * A change to a patient's contact details, proposed through the portal and decided by staff.
 *
 * @param id the change's id
 * @param patientId the patient whose chart it would change
 * @param proposedBy the username of the portal account that proposed it
 * @param representative whether that account acts for the patient (Authorized Rep) rather than as the
 * patient (Self)
 * @param proposedAt when it was proposed
 * @param status where it stands
 * @param fields the fields it changes, with the chart's current value beside the proposed one
 * @param decidedBy the staff user who accepted or rejected it
 * @param decidedAt when it was decided or replaced
 * @param reason why staff rejected it, in words the portal shows
 */
public record ProfileChange(long id, long patientId, String proposedBy, boolean representative, Instant proposedAt,
		Status status, List<FieldChange> fields, String decidedBy, Instant decidedAt, String reason) {

	public ProfileChange {
		fields = List.copyOf(fields);
	}

	/** Whether staff changed any of the fields on the chart after the change was proposed. */
	public boolean chartChangedSince() {
		return this.fields.stream().anyMatch(FieldChange::changedSince);
	}

	/** The details as they are once this change is applied to {@code current}. */
	ContactDetails appliedTo(ContactDetails current) {
		ContactDetails applied = current;
		for (FieldChange field : this.fields) {
			applied = applied.with(field.field(), field.proposed());
		}
		return applied;
	}

	/** Where a proposed change stands. */
	public enum Status {

		/** Waiting for staff. */
		PENDING,

		/** Applied to the chart. */
		ACCEPTED,

		/** Not applied; the reason is shown in the portal. */
		REJECTED,

		/** Superseded by a newer proposal before staff decided. */
		REPLACED

	}

	/**
	 * One field of a proposed change.
	 *
	 * @param field one of {@link ContactDetails#FIELDS}
	 * @param current the value on the chart now ({@code null} when empty)
	 * @param proposed the proposed value ({@code null} clears the field)
	 * @param changedSince whether the chart's value changed after the proposal was made
	 */
	public record FieldChange(String field, String current, String proposed, boolean changedSince) {
	}

}
