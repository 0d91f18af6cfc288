package org.clinicportal.form;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A form requested from a patient, with what became of it.
 *
 * @param id the request
 * @param patientId the patient it belongs to
 * @param formKey the form in the catalogue
 * @param title the form's name, such as "PHQ-9"
 * @param dueOn when it should be completed, or {@code null}
 * @param note the note staff added, or {@code null}
 * @param requestedBy the staff user who asked for it
 * @param requestedAt when
 * @param status where it stands
 * @param overdue whether it is still open after its due date
 * @param response the submission or draft, or {@code null} when not started
 */
public record RequestedForm(long id, long patientId, String formKey, String title, LocalDate dueOn, String note,
		String requestedBy, Instant requestedAt, FormStatus status, boolean overdue, ResponseSummary response) {

	public boolean completed() {
		return this.status == FormStatus.COMPLETED;
	}

	/**
	 * What staff see of a response before they open it.
	 *
	 * @param id the response
	 * @param savedAt when it was last saved
	 * @param submittedAt when it was submitted, or {@code null} for a draft
	 * @param submittedByName who submitted it
	 * @param onBehalf whether a representative submitted it on the patient's behalf
	 * @param total the total score of a scored measure, or {@code null}
	 * @param band the severity band, or {@code null}
	 * @param flags the attention flags raised, or {@code null}
	 * @param reviewedBy the clinician who reviewed it, or {@code null}
	 * @param reviewedAt when
	 * @param language the language it was answered in, such as {@code es}, or {@code null} when it was
	 * answered before the portal spoke more than one
	 */
	public record ResponseSummary(long id, Instant savedAt, Instant submittedAt, String submittedByName,
			boolean onBehalf, Integer total, String band, String flags, String reviewedBy, Instant reviewedAt,
			String language) {

		public boolean flagged() {
			return this.flags != null && !this.flags.isEmpty();
		}

		public boolean reviewed() {
			return this.reviewedAt != null;
		}

	}

}
