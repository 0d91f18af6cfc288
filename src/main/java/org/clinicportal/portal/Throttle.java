package org.clinicportal.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per key (a client address, a username) in fixed windows and says when a key has had
 * too many. Kept in memory on each node: it slows down guessing, the per-account lock in the database
 * is what stops it.
 */
final class Throttle {

	/** Past this many keys, expired windows are swept, so that the map cannot grow without bound. */
	private static final int SWEEP_AT = 10_000;

	private final int limit;

	private final Duration window;

	private final Clock clock;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	Throttle(int limit, Duration window, Clock clock) {
		this.limit = limit;
		this.window = window;
		this.clock = clock;
	}

	/** Whether the key is still under its limit in the current window. */
	boolean allows(String key) {
		Window current = this.windows.get(String.valueOf(key));
		return current == null || current.expired(Instant.now(this.clock)) || current.count() < this.limit;
	}

	/** Counts one event for the key. */
	void count(String key) {
		Instant now = Instant.now(this.clock);
		if (this.windows.size() > SWEEP_AT) {
			this.windows.values().removeIf((w) -> w.expired(now));
		}
		this.windows.merge(String.valueOf(key), new Window(now.plus(this.window), 1),
				(old, one) -> old.expired(now) ? one : new Window(old.endsAt(), old.count() + 1));
	}

	/** Counts an event and says whether the key was still under its limit before it. */
	boolean tryCount(String key) {
		boolean allowed = allows(key);
		if (allowed) {
			count(key);
		}
		return allowed;
	}

	private record Window(Instant endsAt, int count) {

		boolean expired(Instant now) {
			return !now.isBefore(this.endsAt);
		}

	}

}
