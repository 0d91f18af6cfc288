package org.clinicportal.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
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

/** A patient's chart: identity, contact details and the staff assigned to their care. */
@Entity
@Table(name = "patient")
class Patient {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "patient_seq")
	@SequenceGenerator(name = "patient_seq", sequenceName = "patient_seq", allocationSize = 50)
	private Long id;

	private String mrn;

	private String firstName;

	private String lastName;

	private String preferredName;

	/** The names as the patient list's search matches them ({@link PatientSearch#fold}). */
	private String firstNameFold;

	private String lastNameFold;

	private String preferredNameFold;

	private LocalDate dateOfBirth;

	@Enumerated(EnumType.STRING)
	private Sex sex;

	private String email;

	private String phone;

	private String addressLine1;

	private String addressLine2;

	private String city;

	private String state;

	private String postalCode;

	private String preferredLanguage;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "patient_staff_assignment", joinColumns = @JoinColumn(name = "patient_id"))
	@Column(name = "staff_user_id")
	private Set<Long> assignedStaffIds = new HashSet<>();

	protected Patient() {
	}

	Patient(String mrn, Instant now) {
		this.mrn = mrn;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void setDemographics(Demographics d, Instant now) {
		this.firstName = d.firstName();
		this.lastName = d.lastName();
		this.preferredName = d.preferredName();
		this.firstNameFold = PatientSearch.fold(this.firstName);
		this.lastNameFold = PatientSearch.fold(this.lastName);
		this.preferredNameFold = PatientSearch.fold(this.preferredName);
		this.dateOfBirth = d.dateOfBirth();
		this.sex = d.sex();
		this.preferredLanguage = d.preferredLanguage();
		setContact(new ContactDetails(d.phone(), d.email(), d.addressLine1(), d.addressLine2(), d.city(), d.state(),
				d.postalCode()), now);
	}

	Demographics demographics() {
		return new Demographics(this.firstName, this.lastName, this.preferredName, this.dateOfBirth, this.sex,
				this.email, this.phone, this.addressLine1, this.addressLine2, this.city, this.state, this.postalCode,
				this.preferredLanguage);
	}

	ContactDetails contact() {
		return new ContactDetails(this.phone, this.email, this.addressLine1, this.addressLine2, this.city, this.state,
				this.postalCode);
	}

	void setContact(ContactDetails c, Instant now) {
		this.phone = c.phone();
		this.email = c.email();
		this.addressLine1 = c.addressLine1();
		this.addressLine2 = c.addressLine2();
		this.city = c.city();
		this.state = c.state();
		this.postalCode = c.postalCode();
		this.updatedAt = now;
	}

	void assignStaff(Set<Long> staffIds, Instant now) {
		this.assignedStaffIds.clear();
		this.assignedStaffIds.addAll(staffIds);
		this.updatedAt = now;
	}

	public int ageOn(LocalDate day) {
		return Period.between(this.dateOfBirth, day).getYears();
	}

	public String getDisplayName() {
		return this.lastName + ", " + this.firstName;
	}

	public Long getId() {
		return this.id;
	}

	public String getMrn() {
		return this.mrn;
	}

	public String getFirstName() {
		return this.firstName;
	}

	public String getLastName() {
		return this.lastName;
	}

	public String getPreferredName() {
		return this.preferredName;
	}

	public LocalDate getDateOfBirth() {
		return this.dateOfBirth;
	}

	public Sex getSex() {
		return this.sex;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getAddressLine1() {
		return this.addressLine1;
	}

	public String getAddressLine2() {
		return this.addressLine2;
	}

	public String getCity() {
		return this.city;
	}

	public String getState() {
		return this.state;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public String getPreferredLanguage() {
		return this.preferredLanguage;
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

	public Set<Long> getAssignedStaffIds() {
		return this.assignedStaffIds;
	}

}
