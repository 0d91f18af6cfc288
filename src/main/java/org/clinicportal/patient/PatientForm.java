package org.clinicportal.patient;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.util.StringUtils;

/**
 * The demographics form. A mutable class rather than a record, so that a date that cannot be read
 * still comes back to the page with its message instead of failing the request.
 */
class PatientForm {

	@NotBlank
	@Size(max = 100)
	private String firstName;

	@NotBlank
	@Size(max = 100)
	private String lastName;

	@Size(max = 100)
	private String preferredName;

	@NotNull
	@PastOrPresent
	private LocalDate dateOfBirth;

	@NotNull
	private Sex sex;

	@Email(regexp = ContactDetails.EMAIL_PATTERN)
	@Size(max = 254)
	private String email;

	@Pattern(regexp = ContactDetails.PHONE_PATTERN, message = "{patient.phone.invalid}")
	private String phone;

	@Size(max = 200)
	private String addressLine1;

	@Size(max = 200)
	private String addressLine2;

	@Size(max = 100)
	private String city;

	@Size(max = 50)
	private String state;

	@Size(max = 20)
	private String postalCode;

	@NotBlank
	private String preferredLanguage = "en";

	private long version;

	static PatientForm of(Patient patient) {
		var form = new PatientForm();
		Demographics d = patient.demographics();
		form.firstName = d.firstName();
		form.lastName = d.lastName();
		form.preferredName = d.preferredName();
		form.dateOfBirth = d.dateOfBirth();
		form.sex = d.sex();
		form.email = d.email();
		form.phone = d.phone();
		form.addressLine1 = d.addressLine1();
		form.addressLine2 = d.addressLine2();
		form.city = d.city();
		form.state = d.state();
		form.postalCode = d.postalCode();
		form.preferredLanguage = d.preferredLanguage();
		form.version = patient.getVersion();
		return form;
	}

	/** The form's values, trimmed, with blank optional texts as {@code null}. */
	Demographics toDemographics() {
		return new Demographics(clean(this.firstName), clean(this.lastName), clean(this.preferredName),
				this.dateOfBirth, this.sex, clean(this.email), clean(this.phone), clean(this.addressLine1),
				clean(this.addressLine2), clean(this.city), clean(this.state), clean(this.postalCode),
				clean(this.preferredLanguage));
	}

	private static String clean(String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
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

	public String getPreferredName() {
		return this.preferredName;
	}

	public void setPreferredName(String preferredName) {
		this.preferredName = preferredName;
	}

	public LocalDate getDateOfBirth() {
		return this.dateOfBirth;
	}

	public void setDateOfBirth(LocalDate dateOfBirth) {
		this.dateOfBirth = dateOfBirth;
	}

	public Sex getSex() {
		return this.sex;
	}

	public void setSex(Sex sex) {
		this.sex = sex;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getAddressLine1() {
		return this.addressLine1;
	}

	public void setAddressLine1(String addressLine1) {
		this.addressLine1 = addressLine1;
	}

	public String getAddressLine2() {
		return this.addressLine2;
	}

	public void setAddressLine2(String addressLine2) {
		this.addressLine2 = addressLine2;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getState() {
		return this.state;
	}

	public void setState(String state) {
		this.state = state;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getPreferredLanguage() {
		return this.preferredLanguage;
	}

	public void setPreferredLanguage(String preferredLanguage) {
		this.preferredLanguage = preferredLanguage;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
