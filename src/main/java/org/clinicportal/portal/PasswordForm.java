package org.clinicportal.portal;

/**
 * A new password, typed twice; the current one when the holder changes it of their own accord, the
 * emailed link's token when it is chosen from a link.
 */
record PasswordForm(String currentPassword, String newPassword, String confirmPassword, String token) {

	static PasswordForm empty(String token) {
		return new PasswordForm("", "", "", token);
	}

	String newPasswordOrEmpty() {
		return (this.newPassword != null) ? this.newPassword : "";
	}

	boolean confirmed() {
		return newPasswordOrEmpty().equals(this.confirmPassword);
	}

}
