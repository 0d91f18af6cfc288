package org.clinicportal.account;

/**
 * Staff gave a portal account a new temporary password (Reset Pwd, or a forced reset in User
 * Management); its holder, when it has an email address, is sent a link to choose their own.
 *
 * @param accountId the account
 */
public record PortalPasswordRenewed(long accountId) {
}
