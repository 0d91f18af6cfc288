package org.clinicportal.staff;

import org.clinicportal.system.Usernames;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The staff user form. A mutable class rather than a record, so that a value that cannot be
 * converted still comes back to the page with its message.
 */
class StaffUserForm {

	@NotBlank
	@Pattern(regexp = "\\s*" + Usernames.STAFF + "\\s*", message = "{staff.username.invalid}")
	private String username;

	@NotBlank
	@Size(max = 200)
	private String fullName;

	@NotEmpty(message = "{staff.roles.required}")
	private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

	private boolean enabled = true;

	private long version;

	static StaffUserForm of(StaffUser user) {
		var form = new StaffUserForm();
		form.setUsername(user.getUsername());
		form.setFullName(user.getFullName());
		form.setRoles(EnumSet.copyOf(user.getRoles()));
		form.setEnabled(user.isEnabled());
		form.setVersion(user.getVersion());
		return form;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public Set<StaffRole> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<StaffRole> roles) {
		this.roles = (roles != null) ? roles : EnumSet.noneOf(StaffRole.class);
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
