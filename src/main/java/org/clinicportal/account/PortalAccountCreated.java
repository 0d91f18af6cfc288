package org.clinicportal.account;

/**
 * A portal account was created for a patient; its holder, when it has an email address, is sent a
 * link to choose a password.
 *
 * @param accountId the new account
 * @param patientId the patient it was created for
 */
public record PortalAccountCreated(long accountId, long patientId) {
}
