package org.clinicportal.staff;

import java.util.Set;

/** A staff user as other modules see them. */
public record StaffMember(long id, String username, String fullName, Set<StaffRole> roles, boolean enabled) {

	public boolean hasRole(StaffRole role) {
		return this.roles.contains(role);
	}

}
