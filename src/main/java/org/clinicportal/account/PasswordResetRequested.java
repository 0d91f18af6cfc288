package org.clinicportal.account;

/**
 * Someone asked for a new password for an enabled portal account with an email address (forgot
 * password); the address is sent a link to choose one.
 *
 * @param accountId the account
 */
public record PasswordResetRequested(long accountId) {
}
