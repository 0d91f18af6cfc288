package org.clinicportal.account;

import java.util.EnumSet;
import java.util.Set;

/** The sections of the patient portal an account may be granted, one catalogue for the whole app. */
public enum Permission {

	/** The patient's demographics, with proposed changes. */
	PROFILE,

	/** Forms the clinic asked the patient to complete. */
	FORMS;

	/** What a new grant of this type starts with: everything for Self, nothing for a representative. */
	public static Set<Permission> defaultsFor(AccessType type) {
		return (type == AccessType.SELF) ? EnumSet.allOf(Permission.class) : EnumSet.noneOf(Permission.class);
	}

}
