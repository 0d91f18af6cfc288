package org.clinicportal.account;

/**
 * An enabled portal account that can be told by email that something waits for it.
 *
 * @param accountId the account
 * @param email where to write
 * @param firstName how to greet the holder
 */
public record PortalContact(long accountId, String email, String firstName) {

	/** The principal name under which the holder reads: their language is chosen by it. */
	public String reader() {
		return PortalUser.principalName(this.accountId);
	}

}
