package org.clinicportal.credential;

import java.time.Instant;

/**
 * An account's password as its module stores it, with what a sign-in decides by.
 *
 * @param accountId the account
 * @param usernameKey its username in compared form
 * @param hash the password's hash
 * @param generated whether the password was generated (handed over in groups with dashes) rather
 * than chosen by its holder
 * @param enabled whether the account may sign in at all
 * @param mustChange whether the holder must choose a new password at sign-in
 * @param expiresAt when a password that must be changed stops working, or {@code null}
 * @param changedAt when the password last changed
 * @param lockedUntil until when repeated failures lock the account, or {@code null}
 */
public record StoredPassword(long accountId, String usernameKey, String hash, boolean generated, boolean enabled,
		boolean mustChange, Instant expiresAt, Instant changedAt, Instant lockedUntil) {

	boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	boolean expiredAt(Instant now) {
		return this.mustChange && this.expiresAt != null && !this.expiresAt.isAfter(now);
	}

}
