package org.clinicportal.account;

/** The Status filter of User Management. */
enum PortalUserStatus {

	ALL(null), ENABLED("a.enabled = TRUE"), DISABLED("a.enabled = FALSE"),
	LOCKED("a.locked_until IS NOT NULL AND a.locked_until > :now"), NEVER_SIGNED_IN("a.last_sign_in_at IS NULL"),
	MUST_CHANGE_PASSWORD("a.force_password_change = TRUE");

	private final String condition;

	PortalUserStatus(String condition) {
		this.condition = condition;
	}

	/** The SQL condition on {@code portal_account a}, or {@code null} for all. */
	String condition() {
		return this.condition;
	}

}
