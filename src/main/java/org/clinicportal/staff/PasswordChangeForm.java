package org.clinicportal.staff;

import jakarta.validation.constraints.NotEmpty;

/** A staff user's own password change. */
record PasswordChangeForm(@NotEmpty String currentPassword, @NotEmpty String newPassword,
		@NotEmpty String confirmPassword) {

	static PasswordChangeForm empty() {
		return new PasswordChangeForm("", "", "");
	}

}
