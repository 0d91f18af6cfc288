package org.clinicportal.account;

import java.time.LocalDate;

/**
 * What staff hand to the account holder after a save or Reset Pwd: where to sign in, with what,
 * and what happens then. Shown once.
 *
 * @param portalAddress the portal's sign-in address
 * @param username the account's username
 * @param password the temporary password, without separators (for the clipboard)
 * @param groupedPassword the same in groups of four, for reading aloud
 * @param mustChange whether it must be changed at first sign-in
 * @param expiresOn last day it can be used, when it must be changed
 * @param text the whole message, for the Credential message box
 */
public record CredentialMessage(String portalAddress, String username, String password, String groupedPassword,
		boolean mustChange, LocalDate expiresOn, String text) {
}
