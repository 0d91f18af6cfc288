package org.clinicportal.patient;

/**
 * Who proposes a change through the portal.
 *
 * @param accountId the portal account
 * @param username its username, shown to staff
 * @param representative whether the account acts for the patient rather than being the patient's own
 * @param actor the name under which the audit trail records the account's actions
 */
public record ProfileProposer(long accountId, String username, boolean representative, String actor) {
}
