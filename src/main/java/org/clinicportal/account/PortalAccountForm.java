package org.clinicportal.account;

import java.time.LocalDate;
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

	// An Authorized Rep's terms (AccessTerms checks and keeps them)
	private Relationship relationship;

	private RepresentativeBasis basis;

	private String documentReference;

	private LocalDate documentEndsOn;

	private LocalDate consentGivenOn;

	private LocalDate accessEndsOn;

	/** The patient's request to add someone that this form answers, if any. */
	private Long requestId;

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

	RepresentativeTerms terms() {
		return new RepresentativeTerms(this.relationship, this.basis, this.documentReference, this.documentEndsOn,
				this.consentGivenOn, this.accessEndsOn, this.requestId);
	}

	void setTerms(RepresentativeTerms terms) {
		this.relationship = terms.relationship();
		this.basis = terms.basis();
		this.documentReference = terms.documentReference();
		this.documentEndsOn = terms.documentEndsOn();
		this.consentGivenOn = terms.consentGivenOn();
		this.accessEndsOn = terms.accessEndsOn();
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

	public Relationship getRelationship() {
		return this.relationship;
	}

	public void setRelationship(Relationship relationship) {
		this.relationship = relationship;
	}

	public RepresentativeBasis getBasis() {
		return this.basis;
	}

	public void setBasis(RepresentativeBasis basis) {
		this.basis = basis;
	}

	public String getDocumentReference() {
		return this.documentReference;
	}

	public void setDocumentReference(String documentReference) {
		this.documentReference = documentReference;
	}

	public LocalDate getDocumentEndsOn() {
		return this.documentEndsOn;
	}

	public void setDocumentEndsOn(LocalDate documentEndsOn) {
		this.documentEndsOn = documentEndsOn;
	}

	public LocalDate getConsentGivenOn() {
		return this.consentGivenOn;
	}

	public void setConsentGivenOn(LocalDate consentGivenOn) {
		this.consentGivenOn = consentGivenOn;
	}

	public LocalDate getAccessEndsOn() {
		return this.accessEndsOn;
	}

	public void setAccessEndsOn(LocalDate accessEndsOn) {
		this.accessEndsOn = accessEndsOn;
	}

	public Long getRequestId() {
		return this.requestId;
	}

	public void setRequestId(Long requestId) {
		this.requestId = requestId;
	}

}
