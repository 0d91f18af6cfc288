package org.clinicportal.credential;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class Argon2idPasswordEncoderTests {

	private static final int MEMORY_KIB = 4096;

	private static final String PASSWORD = "violet harbor tractor sonnet";

	private final Argon2idPasswordEncoder encoder = new Argon2idPasswordEncoder(16, 32, MEMORY_KIB, 2, 1);

	private final Argon2PasswordEncoder spring = new Argon2PasswordEncoder(16, 32, 1, MEMORY_KIB, 2);

	@Test
	void hashesVerifyBothWaysWithSpringSecuritysEncoderHashAfterHash() {
		for (int round = 0; round < 3; round++) { // the later rounds reuse the first round's memory
			String ours = this.encoder.encode(PASSWORD);
			assertThat(ours).startsWith("$argon2id$v=19$m=4096,t=2,p=1$");
			assertThat(this.spring.matches(PASSWORD, ours)).isTrue();
			assertThat(this.spring.matches(PASSWORD + "x", ours)).isFalse();

			String theirs = this.spring.encode(PASSWORD);
			assertThat(this.encoder.matches(PASSWORD, theirs)).isTrue();
			assertThat(this.encoder.matches("violet harbor tractor sonnets", theirs)).isFalse();
		}
	}

	@Test
	void everyHashHasItsOwnSalt() {
		assertThat(this.encoder.encode(PASSWORD)).isNotEqualTo(this.encoder.encode(PASSWORD));
	}

	@Test
	void aStoredHashIsVerifiedWithTheCostsWrittenInIt() {
		String older = new Argon2PasswordEncoder(16, 32, 1, 2048, 3).encode(PASSWORD);
		String costlier = new Argon2PasswordEncoder(16, 32, 1, 8192, 1).encode(PASSWORD);

		assertThat(this.encoder.matches(PASSWORD, older)).isTrue();
		assertThat(this.encoder.matches(PASSWORD, costlier)).isTrue();
		assertThat(this.encoder.matches(PASSWORD, this.encoder.encode(PASSWORD))).isTrue();
		assertThat(this.encoder.upgradeEncoding(older)).isTrue();
		assertThat(this.encoder.upgradeEncoding(costlier)).isTrue(); // fewer iterations than configured
		assertThat(this.encoder.upgradeEncoding(this.encoder.encode(PASSWORD))).isFalse();
	}

	@Test
	void textThatIsNotAnArgon2idHashNeverMatches() {
		String good = this.encoder.encode(PASSWORD);
		for (String bad : List.of("", "unused", "$argon2i$v=19$m=4096,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
				good.replace("v=19$", ""), good.replace("m=4096", "m=lots"), good.replace(",p=1", ""),
				good.replace("m=4096", "m=0"), good.replace("p=1", "p=0"), good.replace("v=19", "v=7"),
				good.substring(0, good.lastIndexOf('$') + 1) + "not base64!", "$2a$10$abcdefghijklmnopqrstuv")) {
			assertThat(this.encoder.matches(PASSWORD, bad)).as(bad).isFalse();
		}
	}

	@Test
	void aHashLeavesNoMemoryBehindOnceItsAreaIsKept() {
		var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		String stored = this.encoder.encode(PASSWORD);

		long before = threads.getCurrentThreadAllocatedBytes();
		assertThat(this.encoder.matches(PASSWORD, stored)).isTrue();
		long kept = threads.getCurrentThreadAllocatedBytes() - before;

		before = threads.getCurrentThreadAllocatedBytes();
		assertThat(this.spring.matches(PASSWORD, stored)).isTrue();
		long fresh = threads.getCurrentThreadAllocatedBytes() - before;

		assertThat(fresh).isGreaterThan(MEMORY_KIB * 1024L);
		assertThat(kept).isLessThan(64 * 1024L);
	}

	@Test
	void hashesRunningAtOnceEachGetTheRightAnswer() throws Exception {
		var shared = new Argon2idPasswordEncoder(16, 32, MEMORY_KIB, 2, 2);
		String stored = this.spring.encode(PASSWORD);
		List<Callable<Boolean>> work = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			boolean right = i % 3 != 0;
			work.add(() -> shared.matches(right ? PASSWORD : "wrong " + PASSWORD, stored) == right
					&& this.spring.matches(PASSWORD, shared.encode(PASSWORD)));
		}
		var pool = Executors.newFixedThreadPool(4);
		try {
			for (Future<Boolean> answer : pool.invokeAll(work)) {
				assertThat(answer.get()).isTrue();
			}
		}
		finally {
			pool.shutdown();
		}
	}

}
