package org.clinicportal.credential;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recovery codes: ten single-use codes of 12 characters (about 70 bits each), shown once and kept
 * as SHA-256 hashes. Using one is one conditional update, so it works once across every node.
 */
@Component
public class RecoveryCodes {

	static final int COUNT = 10;

	private static final int LENGTH = 12;

	/** No look-alikes, and lower case only, so that a code reads and types easily. */
	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final String CLEAR = "DELETE FROM recovery_code WHERE holder = :holder";

	private static final String ADD = "INSERT INTO recovery_code (holder, code_hash, created_at) VALUES (:holder, :hash, :now)";

	private static final String USE = """
			UPDATE recovery_code SET used_at = :now WHERE holder = :holder AND code_hash = :hash AND used_at IS NULL
			""";

	private static final String LEFT = "SELECT COUNT(*) FROM recovery_code WHERE holder = :holder AND used_at IS NULL";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	RecoveryCodes(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A new set of codes, replacing the old one; shown once, kept only as hashes. */
	@Transactional
	public List<String> issue(String holder) {
		this.jdbc.sql(CLEAR).param("holder", holder).update();
		var codes = new ArrayList<String>();
		while (codes.size() < COUNT) {
			String code = generate();
			if (!codes.contains(code)) {
				codes.add(code);
				this.jdbc.sql(ADD).param("holder", holder).param("hash", hash(code)).param("now", now()).update();
			}
		}
		return codes;
	}

	/** Uses a code once. @return whether it was one of the holder's unused codes */
	public boolean use(String holder, String typed) {
		String code = normalize(typed);
		return code.length() == LENGTH
				&& this.jdbc.sql(USE).param("now", now()).param("holder", holder).param("hash", hash(code)).update() == 1;
	}

	/** How many unused codes the holder has left. */
	public int left(String holder) {
		return this.jdbc.sql(LEFT).param("holder", holder).query(Integer.class).single();
	}

	public void remove(String holder) {
		this.jdbc.sql(CLEAR).param("holder", holder).update();
	}

	private String generate() {
		var code = new StringBuilder();
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
	}

	/** A code as typed: without the dashes or spaces it was shown with, in lower case. */
	private static String normalize(String typed) {
		return (typed != null) ? typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT) : "";
	}

	private static String hash(String code) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(normalize(code).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(Instant.now(this.clock), ZoneOffset.UTC);
	}

}
