package org.clinicportal.account;

import java.io.Serializable;
import java.time.Instant;

import org.clinicportal.credential.SecretSealer;

/**
 * New credentials on their way from a save (or Reset Pwd) to the one page view that shows them.
 * The password travels sealed: the session store never holds it readable.
 */
record CredentialFlash(long accountId, String username, SecretSealer.Sealed password, boolean mustChange,
		Instant expiresAt) implements Serializable {

	static final String ATTRIBUTE = "credentials";

}
