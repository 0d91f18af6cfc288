package org.clinicportal.form;

/**
 * Who fills in a form in the portal.
 *
 * @param actor the name under which the audit trail records them
 * @param name their full name, recorded with the submission
 * @param representative whether they act on the patient's behalf (an authorized representative)
 */
public record Respondent(String actor, String name, boolean representative) {
}
