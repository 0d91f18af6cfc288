package org.clinicportal.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.clinicportal.system.Usernames;

/**
 * A portal account as the portal sees it on each request: who holds it, whether it may be used,
 * and its access to patients.
 *
 * @param id the account's id
 * @param username the login name as typed by staff
 * @param firstName the holder's first name
 * @param lastName the holder's last name
 * @param enabled whether the account may sign in
 * @param forcePasswordChange whether the holder must choose a new password before anything else
 * @param passwordChangedAt when the password last changed; a session from before a change ends
 * @param grants the account's access, one per patient
 */
public record PortalUser(long id, String username, String firstName, String lastName, boolean enabled,
		boolean forcePasswordChange, Instant passwordChangedAt, List<PortalGrant> grants) {

	/** The prefix of portal principal names; staff usernames cannot contain a colon. */
	public static final String PRINCIPAL_PREFIX = "portal:";

	public PortalUser {
		grants = List.copyOf(grants);
	}

	/** The name under which the account's sessions are kept, so that staff actions can end them. */
	public static String principalName(long accountId) {
		return PRINCIPAL_PREFIX + accountId;
	}

	public String principalName() {
		return principalName(this.id);
	}

	/** The actor of an account holder's audit records: the username, marked as a portal one. */
	public static String actor(String usernameKey) {
		return PRINCIPAL_PREFIX + usernameKey;
	}

	/** The actor of this holder's audit records. */
	public String actor() {
		return actor(Usernames.normalize(this.username));
	}

	/** The account's access to the patient, if it has any. */
	public Optional<PortalGrant> grantFor(long patientId) {
		return this.grants.stream().filter((g) -> g.patientId() == patientId).findFirst();
	}

}
