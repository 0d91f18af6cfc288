package org.clinicportal.credential;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import org.springframework.security.crypto.password.AbstractValidatingPasswordEncoder;

/**
 * Argon2id hashes in the PHC string format ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), the
 * format Spring Security's {@code Argon2PasswordEncoder} writes and reads: hashes made by either verify
 * with the other, and a stored hash is verified with the costs written in it.
 * <p>
 * Unlike that encoder, this one keeps the memory a hash fills (its {@code m} KiB, in 1 KiB blocks) for
 * the next hash instead of allocating it afresh: one area per hash running at once, at most
 * {@code areas} of them kept. A hash then works in memory the caches still hold and leaves no 19 MiB of
 * garbage behind; in a busy app, fresh memory made each hash about a fifth slower. The hashing library
 * zeroes every block as a hash ends, before the block is handed back.
 */
final class Argon2idPasswordEncoder extends AbstractValidatingPasswordEncoder {

	private static final String ARGON2ID = "argon2id";

	private static final Base64.Encoder BASE64 = Base64.getEncoder().withoutPadding();

	private final SecureRandom random = new SecureRandom();

	private final int saltBytes;

	private final int hashBytes;

	private final int memoryKib;

	private final int iterations;

	/** Most recently used first: the area likeliest still to be in the caches. */
	private final BlockingDeque<MemoryArea> areas;

	/**
	 * @param areas most memory areas kept between hashes: the number of hashes that may run at once
	 */
	Argon2idPasswordEncoder(int saltBytes, int hashBytes, int memoryKib, int iterations, int areas) {
		this.saltBytes = saltBytes;
		this.hashBytes = hashBytes;
		this.memoryKib = memoryKib;
		this.iterations = iterations;
		this.areas = new LinkedBlockingDeque<>(areas);
	}

	@Override
	protected String encodeNonNullPassword(String rawPassword) {
		byte[] salt = new byte[this.saltBytes];
		this.random.nextBytes(salt);
		var parameters = parameters(Argon2Parameters.ARGON2_VERSION_13, this.memoryKib, this.iterations, 1, salt);
		byte[] hash = hash(rawPassword, parameters, this.hashBytes);
		return "$%s$v=%d$m=%d,t=%d,p=1$%s$%s".formatted(ARGON2ID, Argon2Parameters.ARGON2_VERSION_13, this.memoryKib,
				this.iterations, BASE64.encodeToString(salt), BASE64.encodeToString(hash));
	}

	@Override
	protected boolean matchesNonNull(String rawPassword, String encodedPassword) {
		StoredHash stored = StoredHash.parse(encodedPassword);
		return stored != null
				&& MessageDigest.isEqual(stored.hash(), hash(rawPassword, stored.parameters(), stored.hash().length));
	}

	/** A stored hash needs upgrading when it was made with less memory or fewer iterations than now. */
	@Override
	protected boolean upgradeEncodingNonNull(String encodedPassword) {
		StoredHash stored = StoredHash.parse(encodedPassword);
		return stored == null || stored.memoryKib() < this.memoryKib || stored.iterations() < this.iterations;
	}

	private static Argon2Parameters.Builder parameters(int version, int memoryKib, int iterations, int lanes,
			byte[] salt) {
		return new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(version)
			.withMemoryAsKB(memoryKib)
			.withIterations(iterations)
			.withParallelism(lanes)
			.withSalt(salt);
	}

	private byte[] hash(String rawPassword, Argon2Parameters.Builder parameters, int length) {
		MemoryArea area = this.areas.pollFirst();
		if (area == null) {
			area = new MemoryArea(this.memoryKib);
		}
		try {
			var generator = new Argon2BytesGenerator();
			generator.init(parameters.withBlockPool(area).build());
			byte[] hash = new byte[length];
			generator.generateBytes(rawPassword.toCharArray(), hash);
			return hash;
		}
		finally {
			this.areas.offerFirst(area);
		}
	}

	/**
	 * The blocks of one hash, kept for the next. Used by one hash at a time; keeps at most as many
	 * blocks as the configured memory (and the few working blocks) needs, so verifying an older, costlier
	 * hash does not leave its extra memory held.
	 */
	private static final class MemoryArea implements Argon2BytesGenerator.BlockPool {

		private static final int WORKING_BLOCKS = 4;

		private final ArrayDeque<Argon2BytesGenerator.Block> free;

		private final int keep;

		MemoryArea(int memoryKib) {
			this.keep = memoryKib + WORKING_BLOCKS;
			this.free = new ArrayDeque<>(this.keep);
		}

		@Override
		public Argon2BytesGenerator.Block allocate() {
			Argon2BytesGenerator.Block block = this.free.pollLast();
			return (block != null) ? block : new Argon2BytesGenerator.Block();
		}

		@Override
		public void deallocate(Argon2BytesGenerator.Block block) {
			if (this.free.size() < this.keep) {
				this.free.addLast(block);
			}
		}

	}

	/**
	 * A stored hash's costs, salt and hash; {@code null} from {@link #parse} when the text is not an
	 * Argon2id PHC string with its version.
	 */
	private record StoredHash(int version, int memoryKib, int iterations, int lanes, byte[] salt, byte[] hash) {

		static StoredHash parse(String encoded) {
			String[] parts = encoded.split("\\$");
			if (parts.length != 6 || !parts[0].isEmpty() || !parts[1].equals(ARGON2ID) || !parts[2].startsWith("v=")) {
				return null;
			}
			String[] costs = parts[3].split(",");
			if (costs.length != 3 || !costs[0].startsWith("m=") || !costs[1].startsWith("t=")
					|| !costs[2].startsWith("p=")) {
				return null;
			}
			try {
				var decoder = Base64.getDecoder();
				var stored = new StoredHash(Integer.parseInt(parts[2].substring(2)),
						Integer.parseInt(costs[0].substring(2)), Integer.parseInt(costs[1].substring(2)),
						Integer.parseInt(costs[2].substring(2)), decoder.decode(parts[4]), decoder.decode(parts[5]));
				return stored.isValid() ? stored : null;
			}
			catch (IllegalArgumentException ex) { // a number or Base64 text that does not parse
				return null;
			}
		}

		/** Costs the hashing library accepts (RFC 9106): it refuses others with an exception. */
		private boolean isValid() {
			boolean knownVersion = this.version == Argon2Parameters.ARGON2_VERSION_10
					|| this.version == Argon2Parameters.ARGON2_VERSION_13;
			return knownVersion && this.lanes >= 1 && this.lanes < (1 << 24) && this.iterations >= 1
					&& this.memoryKib >= 8 * this.lanes && this.hash.length >= 4;
		}

		Argon2Parameters.Builder parameters() {
			return Argon2idPasswordEncoder.parameters(this.version, this.memoryKib, this.iterations, this.lanes, this.salt);
		}

	}

}
