package org.clinicportal.credential;

import org.clinicportal.audit.AuditAction;

/**
 * One sign-in page as the audit trail and the shared limits know it.
 *
 * @param name keeps this door's limits apart from another's ({@code staff}, {@code portal})
 * @param actorPrefix put before a username key to name the actor of its audit records
 * @param signedIn recorded for a sign-in
 * @param failed recorded for a refused sign-in, with the reason
 * @param locked recorded when failures lock an account
 */
public record SignInDoor(String name, String actorPrefix, AuditAction signedIn, AuditAction failed,
		AuditAction locked) {

	String actor(String usernameKey) {
		return this.actorPrefix + usernameKey;
	}

}
