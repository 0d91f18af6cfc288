package org.clinicportal.credential;

import java.time.Instant;

/**
 * What a sign-in attempt came to. The person is told only "signed in" or "invalid username or
 * password"; the result is for the audit trail.
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
		return this.result.countsAsFailure() && this.lockedUntil != null;
	}

	/** The outcomes of an attempt, each with the words the audit trail gives it. */
	public enum Result {

		SIGNED_IN("signed in"), UNKNOWN_USERNAME("unknown username"), WRONG_PASSWORD("wrong password"),
		LOCKED("locked"), DISABLED("account disabled"), TEMPORARY_PASSWORD_EXPIRED("temporary password expired"),

		/** A signed-in holder gave a wrong current password to change it. */
		WRONG_CURRENT_PASSWORD("wrong current password"),

		/** A wrong code at the second step (authenticator app or recovery code). */
		WRONG_CODE("wrong code"),

		/** Too many failed sign-ins from the client's address: refused before the username is looked at. */
		ADDRESS_THROTTLED("too many failed sign-ins from this address"),

		/** A username longer than any account's: refused before anything else. */
		USERNAME_TOO_LONG("username too long");

		private final String words;

		Result(String words) {
			this.words = words;
		}

		/** The reason as the audit trail says it. */
		public String words() {
			return this.words;
		}

		/** Whether this counts as a failure towards a lock. */
		boolean countsAsFailure() {
			return this == WRONG_PASSWORD || this == WRONG_CURRENT_PASSWORD || this == WRONG_CODE;
		}

	}

}
