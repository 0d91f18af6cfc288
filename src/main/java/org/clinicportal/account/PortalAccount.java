package org.clinicportal.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.clinicportal.system.Usernames;

/** A login to the patient portal, with its access to one or more patients. */
@Entity
@Table(name = "portal_account")
class PortalAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_account_seq")
	@SequenceGenerator(name = "portal_account_seq", sequenceName = "portal_account_seq", allocationSize = 50)
	private Long id;

	private String username;

	private String usernameKey;

	private String email;

	private String firstName;

	private String lastName;

	private boolean enabled;

	private boolean forcePasswordChange;

	/** Whether the password was generated (and so is accepted with or without its dashes). */
	private boolean passwordGenerated;

	private String passwordHash;

	private Instant passwordExpiresAt;

	private Instant passwordChangedAt;

	private Instant lastSignInAt;

	private int failedSignIns;

	private Instant lockedUntil;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<AccessGrant> grants = new ArrayList<>();

	protected PortalAccount() {
	}

	PortalAccount(String username, String firstName, String lastName, Instant now) {
		rename(username, firstName, lastName, now);
		this.enabled = true;
		this.createdAt = now;
	}

	/** The name under which this account's portal sessions are kept, so they can be ended. */
	String principalName() {
		return PortalUser.principalName(this.id);
	}

	/** Sets username (and so email, when it is one) and names. */
	void rename(String username, String firstName, String lastName, Instant now) {
		this.username = username.strip();
		this.usernameKey = Usernames.normalize(username);
		this.email = Usernames.isEmail(this.usernameKey) ? this.usernameKey : null;
		this.firstName = firstName.strip();
		this.lastName = lastName.strip();
		this.updatedAt = now;
	}

	/**
	 * Gives the account a generated password, handed over by staff.
	 * @param mustChange whether it must be changed at next sign-in
	 * @param expiresAt when a password that must be changed stops working ({@code null} if it need not be changed)
	 */
	void setGeneratedPassword(String hash, boolean mustChange, Instant expiresAt, Instant now) {
		setPassword(hash, true, mustChange, expiresAt, now);
	}

	/** Gives the account the password its holder chose. */
	void setChosenPassword(String hash, Instant now) {
		setPassword(hash, false, false, null, now);
	}

	private void setPassword(String hash, boolean generated, boolean mustChange, Instant expiresAt, Instant now) {
		this.passwordHash = hash;
		this.passwordGenerated = generated;
		this.forcePasswordChange = mustChange;
		this.passwordExpiresAt = mustChange ? expiresAt : null;
		this.passwordChangedAt = now;
		this.failedSignIns = 0;
		this.lockedUntil = null;
		this.updatedAt = now;
	}

	/** Sets or clears the requirement to change the password at next sign-in. */
	void requirePasswordChange(boolean required, Instant expiresAt, Instant now) {
		if (required != this.forcePasswordChange) {
			this.forcePasswordChange = required;
			this.passwordExpiresAt = required ? expiresAt : null;
			this.updatedAt = now;
		}
	}

	AccessGrant grant(long patientId, AccessType type, java.util.Set<String> permissions, String staff,
			Instant now) {
		var grant = new AccessGrant(this, patientId, type, permissions, staff, now);
		this.grants.add(grant);
		this.updatedAt = now;
		return grant;
	}

	Optional<AccessGrant> grantFor(long patientId) {
		return this.grants.stream().filter((g) -> g.getPatientId() == patientId).findFirst();
	}

	void revoke(AccessGrant grant, Instant now) {
		this.grants.remove(grant);
		this.updatedAt = now;
	}

	/** Marks the account changed, so that a concurrent save of the same version is refused. */
	void touch(Instant now) {
		this.updatedAt = now;
	}

	boolean holdsSelfGrantOtherThan(long patientId) {
		return this.grants.stream()
			.anyMatch((g) -> g.getAccessType() == AccessType.SELF && g.getPatientId() != patientId);
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getUsernameKey() {
		return this.usernameKey;
	}

	public String getEmail() {
		return this.email;
	}

	public String getFirstName() {
		return this.firstName;
	}

	public String getLastName() {
		return this.lastName;
	}

	public String getFullName() {
		return this.firstName + " " + this.lastName;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean isForcePasswordChange() {
		return this.forcePasswordChange;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public Instant getPasswordExpiresAt() {
		return this.passwordExpiresAt;
	}

	public Instant getPasswordChangedAt() {
		return this.passwordChangedAt;
	}

	public Instant getLastSignInAt() {
		return this.lastSignInAt;
	}

	public int getFailedSignIns() {
		return this.failedSignIns;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

	public List<AccessGrant> getGrants() {
		return this.grants;
	}

}
