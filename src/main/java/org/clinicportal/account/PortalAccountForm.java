package org.clinicportal.account;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The Patient Portal Account Setup form. A mutable class rather than a record, so that a value that
 * cannot be converted still comes back to the page with its message.
 */
class PortalAccountForm {

	/** The selected account, or {@code null} for a new one. */
	private Long accountId;

	private long version;

	@NotBlank
	@Size(max = 254)
	private String username;

	@NotBlank
	@Size(max = 100)
	private String firstName;

	@NotBlank
	@Size(max = 100)
	private String lastName;

	@NotNull
	private AccessType accessType = AccessType.SELF;

	private boolean forcePasswordChange = true;

	/** The keys of the sections ticked; a new form starts with the Self defaults ({@link #applyDefaults}). */
	private Set<String> permissions = new LinkedHashSet<>();

	/** The access type whose default sections the checkboxes were last set to. */
	private AccessType defaultsFor = AccessType.SELF;

	static PortalAccountForm of(PortalAccount account, AccessGrant grant) {
		var form = new PortalAccountForm();
		form.accountId = account.getId();
		form.version = account.getVersion();
		form.username = account.getUsername();
		form.firstName = account.getFirstName();
		form.lastName = account.getLastName();
		form.accessType = grant.getAccessType();
		form.forcePasswordChange = account.isForcePasswordChange();
		form.permissions = new LinkedHashSet<>(grant.getPermissions());
		form.defaultsFor = grant.getAccessType();
		return form;
	}

	boolean isNew() {
		return this.accountId == null;
	}

	/** Whether the sections shown were the defaults of another access type than the one chosen. */
	boolean defaultsAreStale() {
		return isNew() && this.accessType != null && this.accessType != this.defaultsFor;
	}

	/** A Self account is the patient's own: blank names become the patient's. */
	void defaultNames(String patientFirstName, String patientLastName) {
		if (this.firstName == null || this.firstName.isBlank()) {
			this.firstName = patientFirstName;
		}
		if (this.lastName == null || this.lastName.isBlank()) {
			this.lastName = patientLastName;
		}
	}

	void applyDefaults(PortalSections sections) {
		this.permissions = sections.defaultsFor(this.accessType);
		this.defaultsFor = this.accessType;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public void setAccountId(Long accountId) {
		this.accountId = accountId;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getFirstName() {
		return this.firstName;
	}

	public void setFirstName(String firstName) {
		this.firstName = firstName;
	}

	public String getLastName() {
		return this.lastName;
	}

	public void setLastName(String lastName) {
		this.lastName = lastName;
	}

	public AccessType getAccessType() {
		return this.accessType;
	}

	public void setAccessType(AccessType accessType) {
		this.accessType = accessType;
	}

	public boolean isForcePasswordChange() {
		return this.forcePasswordChange;
	}

	public void setForcePasswordChange(boolean forcePasswordChange) {
		this.forcePasswordChange = forcePasswordChange;
	}

	public Set<String> getPermissions() {
		return this.permissions;
	}

	public void setPermissions(Set<String> permissions) {
		this.permissions = (permissions != null) ? new LinkedHashSet<>(permissions) : new LinkedHashSet<>();
	}

	public AccessType getDefaultsFor() {
		return this.defaultsFor;
	}

	public void setDefaultsFor(AccessType defaultsFor) {
		this.defaultsFor = defaultsFor;
	}

}
