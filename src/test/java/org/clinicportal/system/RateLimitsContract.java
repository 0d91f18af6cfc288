package org.clinicportal.system;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.clinicportal.support.ContractDatabase;
import org.clinicportal.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What the shared limits need of a database, run on each one the application supports: many
 * requests racing for the last places get exactly the limit, counts expire, holds hold.
 */
abstract class RateLimitsContract {

	private final TestClock clock = new TestClock();

	private final ContractDatabase database;

	private RateLimits limits;

	RateLimitsContract(ContractDatabase database) {
		this.database = database;
	}

	ContractDatabase database() {
		return this.database;
	}

	RateLimits limits() {
		if (this.limits == null) {
			DataSource database = this.database.dataSource();
			this.limits = new RateLimits(JdbcClient.create(database), new JdbcTransactionManager(database), this.clock);
		}
		return this.limits;
	}

	@Test
	void requestsRacingOnEveryThreadGetExactlyTheLimitBetweenThem() throws Exception {
		String subject = "203.0.113." + UUID.randomUUID();
		var pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> attempts = new ArrayList<>();
			Callable<Boolean> attempt = () -> limits().tryAcquire("race", subject, 25, Duration.ofMinutes(5));
			limits();
			for (int i = 0; i < 80; i++) {
				attempts.add(pool.submit(attempt));
			}
			int allowed = 0;
			for (Future<Boolean> one : attempts) {
				allowed += one.get() ? 1 : 0;
			}
			assertThat(allowed).isEqualTo(25);
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void aPlaceGivenBackCanBeTakenAgainAndAWindowOverStartsAfresh() {
		String subject = UUID.randomUUID().toString();
		assertThat(limits().tryAcquire("window", subject, 2, Duration.ofMinutes(5))).isTrue();
		assertThat(limits().tryAcquire("window", subject, 2, Duration.ofMinutes(5))).isTrue();
		assertThat(limits().tryAcquire("window", subject, 2, Duration.ofMinutes(5))).isFalse();
		limits().release("window", subject);
		assertThat(limits().tryAcquire("window", subject, 2, Duration.ofMinutes(5))).isTrue();
		assertThat(limits().tryAcquire("window", subject, 2, Duration.ofMinutes(5))).isFalse();
		this.clock.advance(Duration.ofMinutes(5).plusSeconds(1));
		assertThat(limits().tryAcquire("window", subject, 2, Duration.ofMinutes(5))).isTrue();
	}

	@Test
	void countsAreForgottenAfterAQuietSpellAndHoldsLastTheirTime() {
		String subject = UUID.randomUUID().toString();
		assertThat(limits().count("count", subject, Duration.ofHours(1))).isEqualTo(1);
		this.clock.advance(Duration.ofMinutes(59));
		assertThat(limits().count("count", subject, Duration.ofHours(1))).as("the hour starts again").isEqualTo(2);
		limits().hold("count", subject, Instant.now(this.clock).plus(Duration.ofMinutes(2)));
		assertThat(limits().heldUntil("count", subject))
			.isCloseTo(Instant.now(this.clock).plus(Duration.ofMinutes(2)), within(1, ChronoUnit.MILLIS));
		this.clock.advance(Duration.ofMinutes(2).plusSeconds(1));
		assertThat(limits().heldUntil("count", subject)).isNull();
		this.clock.advance(Duration.ofHours(1));
		assertThat(limits().count("count", subject, Duration.ofHours(1))).isEqualTo(1);
	}

	@Test
	void sweepingRemovesOnlyCountersThatAreOver() {
		String over = UUID.randomUUID().toString();
		String live = UUID.randomUUID().toString();
		limits().tryAcquire("sweep", over, 5, Duration.ofMinutes(1));
		limits().tryAcquire("sweep", live, 5, Duration.ofMinutes(30));
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(limits().sweep()).isPositive();
		assertThat(limits().tryAcquire("sweep", live, 2, Duration.ofMinutes(30))).isTrue();
		assertThat(limits().tryAcquire("sweep", live, 2, Duration.ofMinutes(30))).as("its count survived").isFalse();
	}

	@Test
	void aSubjectOfAnyLengthTakesOneSmallRow() {
		assertThat(limits().tryAcquire("long", "x".repeat(1_000_000), 1, Duration.ofMinutes(1))).isTrue();
		assertThat(limits().tryAcquire("long", "x".repeat(1_000_000), 1, Duration.ofMinutes(1))).isFalse();
		assertThat(RateLimits.key("long", "x".repeat(1_000_000))).hasSizeLessThan(100);
	}

}
