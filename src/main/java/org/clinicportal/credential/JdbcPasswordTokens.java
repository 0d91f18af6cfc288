package org.clinicportal.credential;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link PasswordTokens} in the {@code credential_token} table, storing SHA-256 hashes only. Runs in
 * the caller's transaction, so a token is issued together with the change that needs it.
 */
@Component
final class JdbcPasswordTokens implements PasswordTokens {

	/** 32 random bytes: 256 bits, well above the 128 required. */
	static final int TOKEN_BYTES = 32;

	private static final String DELETE_PURPOSE = "DELETE FROM credential_token WHERE portal_account_id = :account AND purpose = :purpose";

	private static final String INSERT = """
			INSERT INTO credential_token (portal_account_id, purpose, token_hash, created_at, expires_at)
			VALUES (:account, :purpose, :hash, :createdAt, :expiresAt)
			""";

	private static final String SELECT = "SELECT id, portal_account_id, expires_at FROM credential_token WHERE token_hash = :hash AND purpose = :purpose";

	private static final String DELETE_ID = "DELETE FROM credential_token WHERE id = :id";

	private static final String DELETE_ACCOUNT = "DELETE FROM credential_token WHERE portal_account_id = :account";

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcPasswordTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String generate(long accountId, TokenPurpose purpose) {
		var bytes = new byte[TOKEN_BYTES];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = Instant.now(this.clock);
		this.jdbc.sql(DELETE_PURPOSE).param("account", accountId).param("purpose", purpose.name()).update();
		this.jdbc.sql(INSERT)
			.param("account", accountId)
			.param("purpose", purpose.name())
			.param("hash", hash(token))
			.param("createdAt", utc(now))
			.param("expiresAt", utc(now.plus(purpose.validity())))
			.update();
		return token;
	}

	@Override
	public Optional<Long> consume(String token, TokenPurpose purpose) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		Optional<Row> row = this.jdbc.sql(SELECT)
			.param("hash", hash(token))
			.param("purpose", purpose.name())
			.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class).toInstant()))
			.optional();
		if (row.isEmpty() || this.jdbc.sql(DELETE_ID).param("id", row.get().id()).update() != 1) {
			return Optional.empty();
		}
		return row.get().expiresAt().isAfter(Instant.now(this.clock)) ? Optional.of(row.get().accountId())
				: Optional.empty();
	}

	@Override
	public Optional<Long> peek(String token, TokenPurpose purpose) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = Instant.now(this.clock);
		return this.jdbc.sql(SELECT)
			.param("hash", hash(token))
			.param("purpose", purpose.name())
			.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class).toInstant()))
			.optional()
			.filter((row) -> row.expiresAt().isAfter(now))
			.map(Row::accountId);
	}

	@Override
	public void voidAll(long accountId) {
		this.jdbc.sql(DELETE_ACCOUNT).param("account", accountId).update();
	}

	static String hash(String token) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private record Row(long id, long accountId, Instant expiresAt) {
	}

}
