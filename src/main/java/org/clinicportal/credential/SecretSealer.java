package org.clinicportal.credential;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Seals a secret (such as a temporary password on its way to the page that shows it once) with
 * AES-GCM, so that it can pass through the session store, which is in the database, without being
 * readable there. The key comes from {@code CLINIC_SECRET}, shared by every app node; without it a
 * random key lives in this process's memory only.
 */
@Component
public class SecretSealer {

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final SecretKey key;

	SecretSealer(@Value("${clinic.secret:}") String secret) throws GeneralSecurityException {
		if (StringUtils.hasText(secret)) {
			byte[] bytes = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			this.key = new SecretKeySpec(bytes, "AES");
		}
		else {
			KeyGenerator generator = KeyGenerator.getInstance("AES");
			generator.init(256, this.random);
			this.key = generator.generateKey();
		}
	}

	/** Encrypts a secret. */
	public Sealed seal(String secret) {
		try {
			var iv = new byte[IV_BYTES];
			this.random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, iv));
			return new Sealed(iv, cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot seal", ex);
		}
	}

	/**
	 * Decrypts a sealed secret.
	 * @return the secret, or {@code null} when it was sealed with another key (another node
	 * without a shared {@code CLINIC_SECRET}, or before a restart)
	 */
	public String open(Sealed sealed) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, sealed.iv()));
			return new String(cipher.doFinal(sealed.ciphertext()), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			return null;
		}
	}

	/** An encrypted secret: safe to keep in a session. */
	public record Sealed(byte[] iv, byte[] ciphertext) implements Serializable {
	}

}
