package org.clinicportal.form;

/**
 * Who fills in a form in the portal.
 *
 * @param actor the name under which the audit trail records them
 * @param name their full name, recorded with the submission
 * @param representative whether they act on the patient's behalf (an authorized representative)
 * @param language the language they answer in, such as {@code es}; {@code null} when not known
 */
public record Respondent(String actor, String name, boolean representative, String language) {

	/** A respondent whose language is not known: the form as written. */
	public Respondent(String actor, String name, boolean representative) {
		this(actor, name, representative, null);
	}

}
