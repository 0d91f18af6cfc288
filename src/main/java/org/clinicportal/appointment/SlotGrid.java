package org.clinicportal.appointment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The 5-minute grid of the schedule. Appointments start on it and hold, in the {@code booked_slot}
 * table, each slot they cover: that table's primary key is what makes double-booking impossible.
 */
final class SlotGrid {

	static final Duration SLOT = Duration.ofMinutes(5);

	private static final long SLOT_SECONDS = SLOT.toSeconds();

	private SlotGrid() {
	}

	/** Whether the time is on the grid: a whole multiple of 5 minutes since 1970-01-01T00:00Z. */
	static boolean onGrid(Instant time) {
		return time.getNano() == 0 && Math.floorMod(time.getEpochSecond(), SLOT_SECONDS) == 0;
	}

	/** The slots from start (on the grid) until end, as minutes since 1970-01-01T00:00Z. */
	static List<Long> slots(Instant start, Instant end) {
		if (!onGrid(start)) {
			throw new IllegalArgumentException("Not on the 5-minute grid: " + start);
		}
		List<Long> slots = new ArrayList<>();
		for (Instant slot = start; slot.isBefore(end); slot = slot.plus(SLOT)) {
			slots.add(slot.getEpochSecond() / 60);
		}
		return slots;
	}

}
