package org.clinicportal.credential;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * Generates temporary passwords: 16 characters from an alphabet without look-alikes (no 0, O, o, 1,
 * l or I), about 93 bits of entropy.
 */
@Component
public class TemporaryPasswordGenerator {

	static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	static final int LENGTH = 16;

	private final SecureRandom random = new SecureRandom();

	/** A new random password. */
	public TemporaryPassword generate() {
		var chars = new char[LENGTH];
		for (int i = 0; i < LENGTH; i++) {
			chars[i] = ALPHABET.charAt(this.random.nextInt(ALPHABET.length()));
		}
		return new TemporaryPassword(new String(chars));
	}

	/** Bits of entropy of one generated password. */
	static double entropyBits() {
		return LENGTH * Math.log(ALPHABET.length()) / Math.log(2);
	}

}
