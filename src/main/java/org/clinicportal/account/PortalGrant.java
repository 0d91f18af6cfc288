package org.clinicportal.account;

import java.util.Set;

/**
 * One account's access to one patient, as the portal checks it.
 *
 * @param patientId the patient
 * @param accessType as whom the account acts for the patient
 * @param permissions the keys of the portal sections it may use for the patient
 */
public record PortalGrant(long patientId, AccessType accessType, Set<String> permissions) {

	public PortalGrant {
		permissions = Set.copyOf(permissions);
	}

}
