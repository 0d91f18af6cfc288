package org.clinicportal.patient;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactDetailsTests {

	private final ContactDetails onFile = new ContactDetails("(555) 010-1000", "pat@example.org", "1 Elm Street", null,
			"Springfield", "IL", "62701");

	@Test
	void blankAndPaddedValuesCountAsTheSameDetails() {
		var typed = new ContactDetails(" (555) 010-1000 ", "pat@example.org", "1 Elm Street ", "  ", "Springfield",
				"IL", "62701");
		assertThat(this.onFile.fieldsChangedIn(typed)).isEmpty();
	}

	@Test
	void changedFieldsAreNamedInPageOrder() {
		var typed = new ContactDetails("(555) 777-8888", "pat@example.org", "1 Elm Street", "Apt 2", "Springfield",
				"IL", "62702");
		assertThat(this.onFile.fieldsChangedIn(typed)).containsExactly("phone", "addressLine2", "postalCode");
	}

	@Test
	void withChangesOneFieldAndKeepsTheOthers() {
		ContactDetails moved = this.onFile.with("addressLine1", "22 Oak Avenue").with("email", null);
		assertThat(moved.addressLine1()).isEqualTo("22 Oak Avenue");
		assertThat(moved.email()).isNull();
		assertThat(this.onFile.fieldsChangedIn(moved)).containsExactly("email", "addressLine1");
	}

}
