package org.clinicportal.patient;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.util.StringUtils;

/**
 * How to reach a patient: the part of the chart that the patient or a representative may propose
 * to change through the portal. Blank texts are {@code null}.
 */
public record ContactDetails(String phone, String email, String addressLine1, String addressLine2, String city,
		String state, String postalCode) {

	/** The fields, in the order pages show them; also the names stored with a proposed change. */
	public static final List<String> FIELDS = List.of("phone", "email", "addressLine1", "addressLine2", "city",
			"state", "postalCode");

	/** What a phone number may look like: digits, spaces and + ( ) - . */
	public static final String PHONE_PATTERN = "^$|[0-9+()\\-. ]{7,30}";

	/** What an email address must look like, beyond Bean Validation's own check. */
	public static final String EMAIL_PATTERN = "^$|[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

	public ContactDetails {
		phone = clean(phone);
		email = clean(email);
		addressLine1 = clean(addressLine1);
		addressLine2 = clean(addressLine2);
		city = clean(city);
		state = clean(state);
		postalCode = clean(postalCode);
	}

	/** The value of one of the {@link #FIELDS}. */
	public String value(String field) {
		return switch (field) {
			case "phone" -> this.phone;
			case "email" -> this.email;
			case "addressLine1" -> this.addressLine1;
			case "addressLine2" -> this.addressLine2;
			case "city" -> this.city;
			case "state" -> this.state;
			case "postalCode" -> this.postalCode;
			default -> throw new IllegalArgumentException("Not a contact field: " + field);
		};
	}

	/** These details with one field set to another value. */
	ContactDetails with(String field, String value) {
		return new ContactDetails(pick("phone", field, value, this.phone), pick("email", field, value, this.email),
				pick("addressLine1", field, value, this.addressLine1),
				pick("addressLine2", field, value, this.addressLine2), pick("city", field, value, this.city),
				pick("state", field, value, this.state), pick("postalCode", field, value, this.postalCode));
	}

	/** The fields whose value differs in {@code other}, in the order of {@link #FIELDS}. */
	List<String> fieldsChangedIn(ContactDetails other) {
		var changed = new ArrayList<String>();
		FIELDS.stream().filter((f) -> !Objects.equals(value(f), other.value(f))).forEach(changed::add);
		return changed;
	}

	private static String pick(String name, String field, String value, String current) {
		return name.equals(field) ? value : current;
	}

	private static String clean(String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

}
