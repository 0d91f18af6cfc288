package org.clinicportal.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counters in time windows that every app node shares, kept in the {@code rate_limit} table: failed
 * sign-ins per client address, forgot-password requests, failures of usernames without an account.
 * Every count is one atomic statement, so two nodes never both let through the last allowed event.
 * A counter is named by a kind and a subject; the subject is stored as a SHA-256, so what a stranger
 * types takes the same small row however long it is, and expired rows are swept away. Each call runs
 * in a transaction of its own, so that a caller's transaction neither delays a count nor is spoilt
 * by two nodes creating the same row at once.
 */
@Component
public class RateLimits {

	private static final String ACQUIRE = """
			UPDATE rate_limit
			SET hits = CASE WHEN window_ends_at <= :now THEN 1 ELSE hits + 1 END,
			    window_ends_at = CASE WHEN window_ends_at <= :now THEN :ends ELSE window_ends_at END
			WHERE limit_key = :key AND (window_ends_at <= :now OR hits < :limit)
			""";

	private static final String COUNT = """
			UPDATE rate_limit
			SET hits = CASE WHEN window_ends_at <= :now THEN 1 ELSE hits + 1 END, window_ends_at = :ends
			WHERE limit_key = :key
			""";

	private static final String INSERT = "INSERT INTO rate_limit (limit_key, hits, window_ends_at) VALUES (:key, 1, :ends)";

	private static final String RELEASE = "UPDATE rate_limit SET hits = hits - 1 WHERE limit_key = :key AND hits > 0";

	private static final String HITS = "SELECT hits FROM rate_limit WHERE limit_key = :key";

	private static final String HOLD = "UPDATE rate_limit SET held_until = :until WHERE limit_key = :key";

	private static final String HELD = "SELECT held_until FROM rate_limit WHERE limit_key = :key AND held_until > :now";

	private static final String SWEEP = """
			DELETE FROM rate_limit WHERE window_ends_at <= :now AND (held_until IS NULL OR held_until <= :now)
			""";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	RateLimits(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Counts one event for the subject if its current window holds fewer than {@code limit}; a window
	 * starts with its first event and lasts {@code window}.
	 * @return whether the event was counted (the subject was still under its limit)
	 */
	public boolean tryAcquire(String kind, String subject, int limit, Duration window) {
		String key = key(kind, subject);
		Instant now = Instant.now(this.clock);
		if (acquire(key, limit, now, window) || insert(key, now.plus(window))) {
			return true;
		}
		// another request made the row meanwhile: count against it
		return acquire(key, limit, now, window);
	}

	/** Gives back one event counted by {@link #tryAcquire} (an attempt that turned out well). */
	public void release(String kind, String subject) {
		String key = key(kind, subject);
		this.transactions.executeWithoutResult((status) -> this.jdbc.sql(RELEASE).param("key", key).update());
	}

	/**
	 * Counts one more event for the subject; the count is forgotten once {@code forgetAfter} passes
	 * without another.
	 * @return the count, this event included
	 */
	public int count(String kind, String subject, Duration forgetAfter) {
		String key = key(kind, subject);
		Instant now = Instant.now(this.clock);
		if (!increment(key, now, forgetAfter) && !insert(key, now.plus(forgetAfter))) {
			increment(key, now, forgetAfter);
		}
		// a count made meanwhile by another request may be included: it only counts sooner
		return this.jdbc.sql(HITS).param("key", key).query(Integer.class).single();
	}

	/** Holds a subject counted by {@link #count} until the given time. */
	public void hold(String kind, String subject, Instant until) {
		String key = key(kind, subject);
		this.transactions
			.executeWithoutResult((status) -> this.jdbc.sql(HOLD).param("until", utc(until)).param("key", key).update());
	}

	/** Until when the subject is held, or {@code null} when it is not held now. */
	public Instant heldUntil(String kind, String subject) {
		return this.jdbc.sql(HELD)
			.param("key", key(kind, subject))
			.param("now", utc(Instant.now(this.clock)))
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant)
			.orElse(null);
	}

	/** Removes counters whose window and hold are over; any node may, as often as it likes. */
	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "${clinic.rate-limits.sweep:PT10M}")
	public int sweep() {
		return this.jdbc.sql(SWEEP).param("now", utc(Instant.now(this.clock))).update();
	}

	private boolean acquire(String key, int limit, Instant now, Duration window) {
		return updated(this.jdbc.sql(ACQUIRE)
			.param("now", utc(now))
			.param("ends", utc(now.plus(window)))
			.param("key", key)
			.param("limit", limit));
	}

	private boolean increment(String key, Instant now, Duration forgetAfter) {
		return updated(
				this.jdbc.sql(COUNT).param("now", utc(now)).param("ends", utc(now.plus(forgetAfter))).param("key", key));
	}

	/** Makes the row with its first event, unless another request just made it. */
	private boolean insert(String key, Instant ends) {
		try {
			return updated(this.jdbc.sql(INSERT).param("key", key).param("ends", utc(ends)));
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private boolean updated(JdbcClient.StatementSpec statement) {
		return this.transactions.execute((status) -> statement.update()) == 1;
	}

	static String key(String kind, String subject) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(String.valueOf(subject).getBytes(StandardCharsets.UTF_8));
			return kind + ":" + HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
