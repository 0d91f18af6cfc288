package org.clinicportal.account;

/**
 * Staff removed a portal account's second sign-in steps (a lost phone); its holder, when it has an
 * email address, is told.
 *
 * @param accountId the account
 */
public record PortalTwoStepReset(long accountId) {
}
