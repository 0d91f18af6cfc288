package org.clinicportal.account;

import java.time.Instant;

/**
 * What a portal sign-in attempt came to. The portal tells the person only "signed in" or "invalid
 * username or password"; the result is for the audit trail.
 *
 * @param result what happened
 * @param accountId the account, or {@code null} when the username is unknown
 * @param mustChangePassword whether the holder must choose a new password first
 * @param passwordChangedAt when the password last changed
 * @param lockedUntil when an account that this attempt locked (or found locked) opens again; for an
 * unknown username, until when it is held as a locked account would be
 */
public record SignInAttempt(Result result, Long accountId, boolean mustChangePassword, Instant passwordChangedAt,
		Instant lockedUntil) {

	static SignInAttempt refused(Result result, Long accountId, Instant lockedUntil) {
		return new SignInAttempt(result, accountId, false, null, lockedUntil);
	}

	public boolean succeeded() {
		return this.result == Result.SIGNED_IN;
	}

	/** Whether this attempt was the failure that locked the account. */
	public boolean locked() {
		return this.result.wrongPassword() && this.lockedUntil != null;
	}

	/** The outcomes of an attempt. */
	public enum Result {

		SIGNED_IN, UNKNOWN_USERNAME, WRONG_PASSWORD, LOCKED, DISABLED, TEMPORARY_PASSWORD_EXPIRED,

		/** A signed-in holder gave a wrong current password to change it. */
		WRONG_CURRENT_PASSWORD;

		/** Whether this counts as a failure towards a lock. */
		boolean wrongPassword() {
			return this == WRONG_PASSWORD || this == WRONG_CURRENT_PASSWORD;
		}

	}

}
