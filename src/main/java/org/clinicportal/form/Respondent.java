package org.clinicportal.form;

/**
 * Who fills in a form in the portal.
 *
 * @param actor the name under which the audit trail records them
 * @param name their full name, recorded with the submission
 * @param representative whether they act on the patient's behalf (an authorized representative)
 * @param patientOnly whether what they submit is hidden from representatives for good (a minor past
 * the confidentiality age submitting themselves)
 */
public record Respondent(String actor, String name, boolean representative, boolean patientOnly) {

	public Respondent(String actor, String name, boolean representative) {
		this(actor, name, representative, false);
	}

}
