package org.clinicportal.credential;

import java.time.Duration;

/** What an emailed link lets its holder do, and for how long. */
public enum TokenPurpose {

	/** Choose a password for a new account, or after staff issued a new one. */
	SET_PASSWORD(Duration.ofHours(72)),

	/** Choose a new password after asking for one (forgot password). */
	RESET_PASSWORD(Duration.ofHours(1));

	private final Duration validity;

	TokenPurpose(Duration validity) {
		this.validity = validity;
	}

	public Duration validity() {
		return this.validity;
	}

}
