package org.clinicportal.account;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed sign-ins with usernames that have no account, counted as an account's are: after
 * {@link PortalSignIns#LOCK_AFTER} of them a name is held for as long as an account would be locked,
 * and answered without hashing. Otherwise the fast answer for a locked account, which is not hashed,
 * would tell that the account exists. Kept in this node's memory, for the most recent
 * {@value #KEPT} names.
 */
final class UnknownUsernames {

	static final int KEPT = 10_000;

	private final Map<String, Failures> failures = new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
			return size() > KEPT;
		}

	};

	/** Until when this name is held, or {@code null} when it is not held now. */
	synchronized Instant heldUntil(String key, Instant now) {
		Failures found = this.failures.get(key);
		return (found != null && found.heldUntil() != null && found.heldUntil().isAfter(now)) ? found.heldUntil()
				: null;
	}

	/** Counts a failure; from the fifth on, holds the name. Returns the hold's end, if any. */
	synchronized Instant failed(String key, Instant now) {
		int count = this.failures.getOrDefault(key, Failures.NONE).count() + 1;
		Instant until = (count >= PortalSignIns.LOCK_AFTER) ? now.plus(PortalSignIns.lockFor(count)) : null;
		this.failures.put(key, new Failures(count, until));
		return until;
	}

	private record Failures(int count, Instant heldUntil) {

		static final Failures NONE = new Failures(0, null);

	}

}
