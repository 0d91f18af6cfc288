package org.clinicportal.form;

/**
 * Who fills in a form in the portal.
 *
 * @param actor the name under which the audit trail records them
 * @param name their full name, recorded with the submission
 * @param representative whether they act on the patient's behalf (an authorized representative)
 * @param patientOnly whether what they submit is hidden from representatives for good (a minor past
 * the confidentiality age submitting themselves)
 * @param language the language they answer in, such as {@code es}; {@code null} when not known
 */
public record Respondent(String actor, String name, boolean representative, boolean patientOnly, String language) {

	/** A respondent whose language is not known, whose answers representatives may see: the form as written. */
	public Respondent(String actor, String name, boolean representative) {
		this(actor, name, representative, false, null);
	}

}
