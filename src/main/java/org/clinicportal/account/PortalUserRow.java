package org.clinicportal.account;

import java.time.Instant;
import java.util.List;

/** One portal account as User Management lists it. */
record PortalUserRow(long id, String username, String firstName, String lastName, boolean enabled,
		Instant lockedUntil, boolean mustChangePassword, boolean twoStep, Instant lastSignInAt, Instant createdAt,
		List<PatientAccess> patients) {

	/** Enabled, Disabled or Locked, at the given moment. */
	public String status(Instant now) {
		if (!this.enabled) {
			return "DISABLED";
		}
		return (this.lockedUntil != null && this.lockedUntil.isAfter(now)) ? "LOCKED" : "ENABLED";
	}

	public String fullName() {
		return this.firstName + " " + this.lastName;
	}

	PortalUserRow withPatients(List<PatientAccess> access) {
		return new PortalUserRow(this.id, this.username, this.firstName, this.lastName, this.enabled,
				this.lockedUntil, this.mustChangePassword, this.twoStep, this.lastSignInAt, this.createdAt, access);
	}

	/**
	 * A patient the account reaches, as whom, and the keys of the sections it may use for the patient.
	 */
	record PatientAccess(long patientId, String mrn, String patientName, AccessType accessType,
			List<String> sections) {

		PatientAccess {
			sections = List.copyOf(sections);
		}

		/** Reads the keys as the database lists them, separated by spaces. */
		static List<String> keys(String listed) {
			return (listed == null || listed.isBlank()) ? List.of() : List.of(listed.split(" "));
		}

	}

}
