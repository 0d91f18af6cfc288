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

	/** Whether the password was generated (and so is accepted with or without its dashes). */
	private boolean passwordGenerated;

	private Instant passwordChangedAt;

	/** Kept by the sign-in protection in plain SQL; read here for the Staff Users page only. */
	@Column(insertable = false, updatable = false)
	private Instant lockedUntil;

	@Column(insertable = false, updatable = false)
	private Instant lastSignInAt;

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

	StaffUser(String username, String fullName, Set<StaffRole> roles, String passwordHash, boolean generated,
			Instant createdAt) {
		this.username = username;
		this.fullName = fullName;
		this.roles = EnumSet.copyOf(roles);
		this.enabled = true;
		this.createdAt = createdAt;
		changePassword(passwordHash, generated, createdAt);
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

	/**
	 * Gives the user a new password: a generated one must be changed at the next sign-in, one the user
	 * chose need not. Sessions signed in with the old one end (see {@code StaffSessionGuard}).
	 */
	void changePassword(String passwordHash, boolean generated, Instant now) {
		this.passwordHash = passwordHash;
		this.passwordGenerated = generated;
		this.mustChangePassword = generated;
		this.passwordChangedAt = now;
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

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public Instant getLastSignInAt() {
		return this.lastSignInAt;
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
