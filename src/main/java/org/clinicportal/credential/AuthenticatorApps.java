package org.clinicportal.credential;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.apache.commons.codec.binary.Base32;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Authenticator app keys (TOTP), one per holder. A key counts once a first correct code confirmed
 * it; each code is accepted once (the step it belongs to is kept and an older or equal one refused,
 * in one conditional update, so two nodes never both accept the same code).
 */
@Component
public class AuthenticatorApps {

	/** 160 bits, as RFC 4226 recommends. */
	private static final int KEY_BYTES = 20;

	private static final String START = """
			INSERT INTO authenticator_app (holder, secret, confirmed, created_at) VALUES (:holder, :secret, FALSE, :now)
			""";

	private static final String REPLACE_PENDING = "DELETE FROM authenticator_app WHERE holder = :holder AND confirmed = FALSE";

	private static final String FIND = "SELECT secret, confirmed, created_at, last_used_at FROM authenticator_app WHERE holder = :holder";

	private static final String USE = """
			UPDATE authenticator_app SET last_step = :step, last_used_at = :now, confirmed = TRUE
			WHERE holder = :holder AND confirmed = :confirmed AND (last_step IS NULL OR last_step < :step)
			""";

	private static final String REMOVE = "DELETE FROM authenticator_app WHERE holder = :holder";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	AuthenticatorApps(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A new key waiting to be confirmed, replacing one that waited before; an app already confirmed
	 * stays until this one is.
	 * @return the key in Base32, as apps read it
	 */
	public String start(String holder) {
		byte[] key = new byte[KEY_BYTES];
		this.random.nextBytes(key);
		String secret = new Base32().encodeToString(key).replace("=", "");
		this.jdbc.sql(REPLACE_PENDING).param("holder", holder).update();
		if (find(holder).filter(App::confirmed).isPresent()) {
			throw new IllegalStateException("Remove the authenticator app before setting up another");
		}
		this.jdbc.sql(START).param("holder", holder).param("secret", secret).param("now", utc(now())).update();
		return secret;
	}

	/** The key waiting to be confirmed, if any. */
	public Optional<String> pending(String holder) {
		return find(holder).filter((app) -> !app.confirmed()).map(App::secret);
	}

	/** Confirms the waiting key with a current code. @return whether the code was right */
	public boolean confirm(String holder, String code) {
		return use(holder, code, false);
	}

	/** Checks a code of the confirmed app; a code is accepted once. @return whether it was right */
	public boolean verify(String holder, String code) {
		return use(holder, code, true);
	}

	/** The confirmed app, if the holder has one. */
	public Optional<App> confirmed(String holder) {
		return find(holder).filter(App::confirmed);
	}

	/** @return whether there was an app (confirmed or waiting) to remove */
	public boolean remove(String holder) {
		return this.jdbc.sql(REMOVE).param("holder", holder).update() > 0;
	}

	private boolean use(String holder, String code, boolean confirmed) {
		Optional<App> app = find(holder).filter((found) -> found.confirmed() == confirmed);
		if (app.isEmpty()) {
			return false;
		}
		Instant now = now();
		long step = Totp.matchingStep(new Base32().decode(app.get().secret()), code, now);
		return step >= 0 && this.jdbc.sql(USE)
			.param("step", step)
			.param("now", utc(now))
			.param("holder", holder)
			.param("confirmed", confirmed)
			.update() == 1;
	}

	private Optional<App> find(String holder) {
		return this.jdbc.sql(FIND)
			.param("holder", holder)
			.query((rs, n) -> new App(rs.getString(1), rs.getBoolean(2),
					rs.getObject(3, OffsetDateTime.class).toInstant(), instant(rs.getObject(4, OffsetDateTime.class))))
			.optional();
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/** An authenticator app of a holder: its key, whether confirmed, when added and last used. */
	public record App(String secret, boolean confirmed, Instant addedAt, Instant lastUsedAt) {

		/** The key in groups of four, for typing into an app. */
		public String grouped() {
			return this.secret.replaceAll("(.{4})(?!$)", "$1 ");
		}

	}

}
