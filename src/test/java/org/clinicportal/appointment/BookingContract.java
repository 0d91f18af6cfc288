package org.clinicportal.appointment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.clinicportal.support.ContractDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the no-double-booking rule needs of a database, run on each one the application supports:
 * bookings racing for the same time on every thread, each in its own transaction as the app makes
 * them, end with exactly one booked; the others are refused by the database and leave nothing behind.
 */
abstract class BookingContract {

	private static final AtomicLong NEXT_DAY = new AtomicLong();

	private final ContractDatabase database;

	private JdbcClient jdbc;

	private BookedSlots slots;

	private TransactionTemplate transactions;

	private long clinician;

	private long patient;

	private long type;

	BookingContract(ContractDatabase database) {
		this.database = database;
	}

	ContractDatabase database() {
		return this.database;
	}

	private void migrate() {
		if (this.jdbc != null) {
			return;
		}
		DataSource database = this.database.dataSource();
		this.jdbc = JdbcClient.create(database);
		this.transactions = new TransactionTemplate(new JdbcTransactionManager(database));
		this.slots = new BookedSlots(this.jdbc, Clock.systemUTC());
		this.jdbc.sql("INSERT INTO staff_user (id, username, full_name, password_hash, enabled, must_change_password,"
				+ " created_at, version)"
				+ " VALUES (1, 'clinician', 'Dr. Casey Lin', 'x', TRUE, FALSE, CURRENT_TIMESTAMP, 0)").update();
		this.jdbc.sql("INSERT INTO patient (id, mrn, first_name, last_name, date_of_birth, sex, preferred_language,"
				+ " created_at, updated_at, version) VALUES (1, '1000001', 'Ana', 'Rivera', DATE '1984-03-14', 'FEMALE',"
				+ " 'en', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)").update();
		this.jdbc.sql("INSERT INTO appointment_type (id, name, name_key, minutes, telehealth, colour, forms_days_before,"
				+ " active, version) VALUES (1, 'Psychotherapy', 'psychotherapy', 50, FALSE, '#2e7d6b', 3, TRUE, 0)")
			.update();
		this.clinician = 1;
		this.patient = 1;
		this.type = 1;
	}

	@Test
	void eightBookingsOfTheSameTimeAtOnceEndWithExactlyOneBooked() throws Exception {
		migrate();
		Instant nine = day().plus(Duration.ofHours(9));
		List<Boolean> results = race(8, (i) -> nine);

		assertThat(results).containsOnlyOnce(true).hasSize(8);
		assertThat(bookedBetween(nine, nine.plus(Duration.ofHours(1)))).isEqualTo(1);
	}

	@Test
	void eightBookingsThatOverlapOneAnotherByMinutesEndWithExactlyOneBooked() throws Exception {
		migrate();
		Instant nine = day().plus(Duration.ofHours(9));
		// 09:00, 09:05 ... 09:35, each 50 minutes long: every two overlap.
		List<Boolean> results = race(8, (i) -> nine.plus(SlotGrid.SLOT.multipliedBy(i)));

		assertThat(results).containsOnlyOnce(true);
		assertThat(bookedBetween(nine, nine.plus(Duration.ofHours(2)))).isEqualTo(1);
	}

	@Test
	void visitsThatMeetEndToEndAreBothBookedAndACancelledOnesTimeIsFreeAgain() {
		migrate();
		Instant nine = day().plus(Duration.ofHours(9));
		Instant ten = nine.plus(Duration.ofMinutes(50));
		assertThat(book(nine)).isTrue();
		assertThat(book(ten)).isTrue();
		long first = this.jdbc.sql("SELECT id FROM appointment WHERE starts_at = ?").param(utc(nine)).query(Long.class).single();
		this.slots.release(first);
		assertThat(book(nine)).isTrue();
	}

	private List<Boolean> race(int attempts, java.util.function.IntFunction<Instant> start) throws Exception {
		var pool = Executors.newFixedThreadPool(attempts);
		var ready = new CountDownLatch(attempts);
		try {
			List<Future<Boolean>> futures = new ArrayList<>();
			for (int i = 0; i < attempts; i++) {
				int attempt = i;
				futures.add(pool.submit(() -> {
					ready.countDown();
					ready.await();
					return book(start.apply(attempt));
				}));
			}
			List<Boolean> results = new ArrayList<>();
			for (Future<Boolean> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

	/** Books as {@code Bookings.book} does: the appointment, then its slots, in one transaction. */
	private boolean book(Instant start) {
		try {
			this.transactions.executeWithoutResult((status) -> {
				var keys = new GeneratedKeyHolder();
				this.jdbc.sql("INSERT INTO appointment (patient_id, clinician_id, type_id, starts_at, ends_at, telehealth,"
						+ " status, booked_by, booked_at, version) VALUES (:p, :c, :t, :start, :end, FALSE, 'BOOKED',"
						+ " 'frontdesk', CURRENT_TIMESTAMP, 0)")
					.param("p", this.patient)
					.param("c", this.clinician)
					.param("t", this.type)
					.param("start", utc(start))
					.param("end", utc(start.plus(Duration.ofMinutes(50))))
					.update(keys, "id");
				this.slots.hold(keys.getKeyAs(Number.class).longValue(), this.clinician,
						new TimeRange(start, start.plus(Duration.ofMinutes(50))));
			});
			return true;
		}
		catch (SlotTakenException ex) {
			return false;
		}
	}

	private long bookedBetween(Instant from, Instant to) {
		return this.jdbc.sql("SELECT COUNT(*) FROM appointment WHERE starts_at >= ? AND starts_at < ?")
			.params(utc(from), utc(to))
			.query(Long.class)
			.single();
	}

	/** A day of its own for each test, far ahead. */
	private static Instant day() {
		return Instant.parse("2030-01-07T00:00:00Z").plus(Duration.ofDays(NEXT_DAY.incrementAndGet()));
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
