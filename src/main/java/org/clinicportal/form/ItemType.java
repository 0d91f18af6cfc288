package org.clinicportal.form;

import java.util.Arrays;
import java.util.Optional;

/** The FHIR R4 Questionnaire item types the catalogue uses. */
public enum ItemType {

	DISPLAY("display"), BOOLEAN("boolean"), DECIMAL("decimal"), INTEGER("integer"), DATE("date"), STRING("string"),
	TEXT("text"), CHOICE("choice"), OPEN_CHOICE("open-choice");

	private final String code;

	ItemType(String code) {
		this.code = code;
	}

	/** The type's code in FHIR, such as {@code open-choice}. */
	public String code() {
		return this.code;
	}

	static Optional<ItemType> fromCode(String code) {
		return Arrays.stream(values()).filter((type) -> type.code.equals(code)).findFirst();
	}

	/** Whether a question of this type takes an answer (a display item only shows text). */
	public boolean answerable() {
		return this != DISPLAY;
	}

}
