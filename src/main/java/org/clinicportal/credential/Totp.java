package org.clinicportal.credential;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as authenticator apps make them (RFC 6238 over RFC 4226's HOTP,
 * HMAC-SHA1): 6 digits, a new code every 30 seconds, one step of clock drift accepted either way.
 */
public final class Totp {

	static final int DIGITS = 6;

	static final Duration STEP = Duration.ofSeconds(30);

	/** Steps of clock drift accepted before and after the present one. */
	static final int DRIFT = 1;

	private static final int[] POWERS = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000 };

	private Totp() {
	}

	/** The code an authenticator app shows at this moment for a key given in Base32. */
	public static String code(String base32Key, Instant now) {
		return code(new org.apache.commons.codec.binary.Base32().decode(base32Key), step(now), DIGITS);
	}

	/** The step a moment falls in: seconds since the epoch over 30. */
	static long step(Instant now) {
		return Math.floorDiv(now.getEpochSecond(), STEP.getSeconds());
	}

	/** The code of a step, with this many digits (RFC 4226 dynamic truncation). */
	static String code(byte[] key, long step, int digits) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key, "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			String code = Integer.toString(binary % POWERS[digits]);
			return "0".repeat(digits - code.length()) + code;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA1 is not available", ex);
		}
	}

	/**
	 * The step, within the drift around now, whose code this is.
	 * @return the step, or {@code -1} when the code is none of them
	 */
	static long matchingStep(byte[] key, String typed, Instant now) {
		String code = (typed != null) ? typed.replaceAll("[\\s-]", "") : "";
		if (!code.matches("\\d{" + DIGITS + "}")) {
			return -1;
		}
		long present = step(now);
		for (long step = present - DRIFT; step <= present + DRIFT; step++) {
			if (java.security.MessageDigest.isEqual(code(key, step, DIGITS).getBytes(), code.getBytes())) {
				return step;
			}
		}
		return -1;
	}

}
