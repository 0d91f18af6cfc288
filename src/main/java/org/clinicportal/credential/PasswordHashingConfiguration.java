package org.clinicportal.credential;

import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The application's password encoder: Argon2id behind a {@link DelegatingPasswordEncoder}, so that
 * stored hashes name their algorithm and can be upgraded later. Passwords are Unicode-normalized
 * (NFKC) before hashing, so the same password typed on another keyboard still matches.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashingConfiguration {

	static final String ARGON2 = "argon2";

	private static final int SALT_BYTES = 16;

	private static final int HASH_BYTES = 32;

	@Bean
	PasswordEncoder passwordEncoder(PasswordProperties properties) {
		int hashesAtOnce = Runtime.getRuntime().availableProcessors();
		var argon2 = new Argon2idPasswordEncoder(SALT_BYTES, HASH_BYTES, properties.argon2MemoryKib(),
				properties.argon2Iterations(), hashesAtOnce);
		var delegating = new DelegatingPasswordEncoder(ARGON2, Map.of(ARGON2, argon2));
		return new NormalizingPasswordEncoder(delegating, hashesAtOnce);
	}

	/**
	 * NFKC-normalizes every raw password before it reaches the real encoder, and lets at most one
	 * hash per processor run at once. Memory-hard hashes sharing a core only evict each other's memory
	 * from the caches and multiply the heap held at one time; queued, each runs at full speed.
	 */
	private static final class NormalizingPasswordEncoder implements PasswordEncoder {

		private final PasswordEncoder delegate;

		private final Semaphore hashing;

		NormalizingPasswordEncoder(PasswordEncoder delegate, int hashesAtOnce) {
			this.delegate = delegate;
			this.hashing = new Semaphore(hashesAtOnce, true);
		}

		@Override
		public String encode(CharSequence rawPassword) {
			String normalized = normalize(rawPassword);
			return hash(() -> this.delegate.encode(normalized));
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			String normalized = normalize(rawPassword);
			return hash(() -> this.delegate.matches(normalized, encodedPassword));
		}

		@Override
		public boolean upgradeEncoding(String encodedPassword) {
			return this.delegate.upgradeEncoding(encodedPassword);
		}

		private <T> T hash(Supplier<T> work) {
			this.hashing.acquireUninterruptibly();
			try {
				return work.get();
			}
			finally {
				this.hashing.release();
			}
		}

		private static String normalize(CharSequence raw) {
			return (raw != null) ? Normalizer.normalize(raw, Normalizer.Form.NFKC) : null;
		}

	}

}
