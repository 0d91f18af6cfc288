package org.clinicportal.appointment;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * The slots appointments hold, the database's guard against double-booking: one statement inserts
 * every 5-minute slot of a booking, and the primary key (clinician, slot) refuses any slot another
 * booking holds, committed or still in flight (the second waits for the first and then fails).
 */
@Repository
class BookedSlots {

	/** Slots of visits over more than this long ago are dropped: nobody books in the past. */
	static final Duration KEPT = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	BookedSlots(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Holds the slots of an appointment, in the caller's transaction.
	 * @throws SlotTakenException when another appointment holds any of them; the caller's transaction
	 * must then roll back
	 */
	void hold(long appointmentId, long clinicianId, TimeRange time) {
		List<Long> slots = SlotGrid.slots(time.start(), time.end());
		List<Object> values = new ArrayList<>();
		for (long slot : slots) {
			Collections.addAll(values, clinicianId, slot, appointmentId);
		}
		String rows = String.join(", ", Collections.nCopies(slots.size(), "(?, ?, ?)"));
		try {
			this.jdbc.sql("INSERT INTO booked_slot (clinician_id, slot_minute, appointment_id) VALUES " + rows)
				.params(values)
				.update();
		}
		catch (DuplicateKeyException | PessimisticLockingFailureException ex) {
			// A duplicate key, or (H2) a lock held too long by a booking of the same slot, or (PostgreSQL)
			// a deadlock between two bookings that overlap from both sides: the time is not free.
			throw new SlotTakenException(ex);
		}
	}

	/** Frees the slots of a cancelled or moved appointment. */
	void release(long appointmentId) {
		this.jdbc.sql("DELETE FROM booked_slot WHERE appointment_id = ?").param(appointmentId).update();
	}

	/** Drops the slots of visits long over, on every node (the same statement, whoever runs it first). */
	@Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT6H")
	int sweep() {
		long cutoff = this.clock.instant().minus(KEPT).getEpochSecond() / 60;
		return this.jdbc.sql("DELETE FROM booked_slot WHERE slot_minute < ?").param(cutoff).update();
	}

}
