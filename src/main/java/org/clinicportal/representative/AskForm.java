package org.clinicportal.representative;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clinicportal.account.Relationship;

/** The portal's *Ask the clinic to add someone* form. */
class AskForm {

	@NotBlank
	@Size(max = 100)
	private String firstName;

	@NotBlank
	@Size(max = 100)
	private String lastName;

	@NotBlank
	@Email
	@Size(max = 254)
	private String email;

	@NotNull
	private Relationship relationship;

	@Size(min = 1)
	private Set<String> sections = new LinkedHashSet<>();

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

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Relationship getRelationship() {
		return this.relationship;
	}

	public void setRelationship(Relationship relationship) {
		this.relationship = relationship;
	}

	public Set<String> getSections() {
		return this.sections;
	}

	public void setSections(Set<String> sections) {
		this.sections = (sections != null) ? new LinkedHashSet<>(sections) : new LinkedHashSet<>();
	}

}
