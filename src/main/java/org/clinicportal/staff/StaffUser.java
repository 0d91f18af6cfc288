package org.clinicportal.staff;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A member of the clinic's staff who signs in to the staff console. */
@Entity
@Table(name = "staff_user")
class StaffUser {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_user_seq")
	@SequenceGenerator(name = "staff_user_seq", sequenceName = "staff_user_seq", allocationSize = 50)
	private Long id;

	private String username;

	private String fullName;

	private String passwordHash;

	private boolean enabled;

	private boolean mustChangePassword;

	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "staff_user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

	protected StaffUser() {
	}

	StaffUser(String username, String fullName, Set<StaffRole> roles, String passwordHash, boolean mustChangePassword,
			Instant createdAt) {
		this.username = username;
		this.fullName = fullName;
		this.roles = EnumSet.copyOf(roles);
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChangePassword;
		this.enabled = true;
		this.createdAt = createdAt;
	}

	StaffMember toMember() {
		return new StaffMember(this.id, this.username, this.fullName, Set.copyOf(this.roles), this.enabled);
	}

	void update(String fullName, Set<StaffRole> roles, boolean enabled) {
		this.fullName = fullName;
		this.roles.clear();
		this.roles.addAll(roles);
		this.enabled = enabled;
	}

	void changePassword(String passwordHash, boolean mustChange) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChange;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getFullName() {
		return this.fullName;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

	public Set<StaffRole> getRoles() {
		return this.roles;
	}

}
