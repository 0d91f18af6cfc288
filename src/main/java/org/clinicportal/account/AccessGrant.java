package org.clinicportal.account;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One portal account's access to one patient: as whom, and to which sections. */
@Entity
@Table(name = "access_grant")
class AccessGrant {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_grant_seq")
	@SequenceGenerator(name = "access_grant_seq", sequenceName = "access_grant_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "portal_account_id")
	private PortalAccount account;

	private long patientId;

	@Enumerated(EnumType.STRING)
	private AccessType accessType;

	/** The patient id for a Self grant, else null: the database keeps one Self per patient. */
	private Long selfPatientId;

	private String grantedBy;

	private Instant grantedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "access_grant_permission", joinColumns = @JoinColumn(name = "access_grant_id"))
	@Column(name = "permission")
	private Set<String> permissions = new LinkedHashSet<>();

	protected AccessGrant() {
	}

	AccessGrant(PortalAccount account, long patientId, AccessType accessType, Set<String> permissions,
			String grantedBy, Instant grantedAt) {
		this.account = account;
		this.patientId = patientId;
		this.grantedBy = grantedBy;
		this.grantedAt = grantedAt;
		change(accessType, permissions);
	}

	/** Changes type and sections. */
	void change(AccessType accessType, Set<String> permissions) {
		this.accessType = accessType;
		this.selfPatientId = (accessType == AccessType.SELF) ? this.patientId : null;
		this.permissions.clear();
		this.permissions.addAll(permissions);
	}

	public Long getId() {
		return this.id;
	}

	public PortalAccount getAccount() {
		return this.account;
	}

	public long getPatientId() {
		return this.patientId;
	}

	public AccessType getAccessType() {
		return this.accessType;
	}

	public String getGrantedBy() {
		return this.grantedBy;
	}

	public Instant getGrantedAt() {
		return this.grantedAt;
	}

	/** The keys of the portal sections the grant permits ({@link PortalSection#key()}). */
	public Set<String> getPermissions() {
		return this.permissions;
	}

}
