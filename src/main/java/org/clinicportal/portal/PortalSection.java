package org.clinicportal.portal;

import org.clinicportal.account.Permission;

/** What a portal page shows, and so which permission it needs for the patient in view. */
enum PortalSection {

	/** A page about no patient: sign-in flows, password, the choice of patient. */
	NONE(null),

	/** A patient's start page: needs any access to the patient. */
	HOME(null),

	/** The patient's demographics and proposed changes. */
	PROFILE(Permission.PROFILE),

	/** Forms the clinic asked for. */
	FORMS(Permission.FORMS);

	private final Permission permission;

	PortalSection(Permission permission) {
		this.permission = permission;
	}

	Permission permission() {
		return this.permission;
	}

	/** Whether the section is about one patient, named in the request. */
	boolean aboutPatient() {
		return this != NONE;
	}

}
