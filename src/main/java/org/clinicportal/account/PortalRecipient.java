package org.clinicportal.account;

/**
 * An enabled portal account that may use a section for a patient, as a module that writes to it
 * sees it.
 *
 * @param accountId the account
 * @param email where to write, or {@code null} when the account has no address
 * @param firstName how to greet the holder
 * @param accessType whether the holder is the patient or acts for them
 */
public record PortalRecipient(long accountId, String email, String firstName, AccessType accessType) {
}
