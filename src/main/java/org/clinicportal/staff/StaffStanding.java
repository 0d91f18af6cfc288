package org.clinicportal.staff;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A staff user as a signed-in session must still find them: enabled, with these roles, and with the
 * password the session signed in with.
 */
record StaffStanding(long id, String username, boolean enabled, boolean mustChangePassword,
		Instant passwordChangedAt, Set<StaffRole> roles) {

	/** Held by a user who must choose a new password before doing anything else. */
	static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

	/** The rights a session of this user has now. */
	List<GrantedAuthority> authorities() {
		var authorities = new ArrayList<GrantedAuthority>();
		this.roles.stream().sorted().forEach((role) -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		if (this.mustChangePassword) {
			authorities.add(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
		}
		return authorities;
	}

}
