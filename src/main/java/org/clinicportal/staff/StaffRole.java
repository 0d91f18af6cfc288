package org.clinicportal.staff;

/** What a staff user may do: administrators manage staff and see the audit trail. */
public enum StaffRole {

	ADMIN, FRONT_DESK, CLINICIAN;

	/** The Spring Security authority of this role. */
	public String authority() {
		return "ROLE_" + name();
	}

}
