package org.clinicportal.credential;

import java.time.Instant;
import java.util.Optional;

/**
 * The accounts behind one sign-in page (staff users, portal accounts), as {@link SignInGuard} needs
 * them. The module that owns the accounts implements it on its own table.
 */
public interface SignInAccounts {

	/** Which door these accounts sign in at: keeps its limits apart and names its audit records. */
	SignInDoor door();

	Optional<StoredPassword> find(String usernameKey);

	Optional<StoredPassword> find(long accountId);

	/** Counts one more consecutive failure. @return the consecutive failures, this one included */
	int countFailure(long accountId);

	void lock(long accountId, Instant until);

	/** Records a successful sign-in: the failures start afresh and any lock ends. */
	void signedIn(long accountId, Instant now);

}
