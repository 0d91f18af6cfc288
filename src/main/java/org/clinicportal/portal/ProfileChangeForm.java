package org.clinicportal.portal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.clinicportal.patient.ContactDetails;

/** The portal's Propose changes form: the contact details a patient or representative may change. */
record ProfileChangeForm(
		@Pattern(regexp = ContactDetails.PHONE_PATTERN, message = "{portal.profile.phone.invalid}") String phone,
		@Email(regexp = ContactDetails.EMAIL_PATTERN) @Size(max = 254) String email,
		@Size(max = 200) String addressLine1, @Size(max = 200) String addressLine2, @Size(max = 100) String city,
		@Size(max = 50) String state, @Size(max = 20) String postalCode) {

	static ProfileChangeForm of(ContactDetails c) {
		return new ProfileChangeForm(c.phone(), c.email(), c.addressLine1(), c.addressLine2(), c.city(), c.state(),
				c.postalCode());
	}

	ContactDetails toContactDetails() {
		return new ContactDetails(this.phone, this.email, this.addressLine1, this.addressLine2, this.city, this.state,
				this.postalCode);
	}

}
