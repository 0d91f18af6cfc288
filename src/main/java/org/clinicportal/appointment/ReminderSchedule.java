package org.clinicportal.appointment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rule for reminder emails. A reminder is due once its time (the start less its lead) has come
 * and the visit is still ahead; a reminder whose time passed while no node was running is sent late
 * for as long as the visit is ahead. At most one email goes at a time: of several due together
 * (after a long stop), the nearest to the visit is sent and the others are skipped. A reminder whose
 * time came before the visit was booked is skipped: the booking itself is news enough.
 */
final class ReminderSchedule {

	private ReminderSchedule() {
	}

	/**
	 * What to do now about the reminders not yet sent or skipped.
	 * @param unclaimed the leads (how long before the start) of reminders neither sent nor skipped yet
	 */
	static Plan plan(List<Duration> unclaimed, Instant start, Instant bookedAt, Instant now) {
		if (!now.isBefore(start)) {
			return new Plan(null, List.of());
		}
		List<Duration> due = unclaimed.stream()
			.filter((lead) -> !start.minus(lead).isAfter(now))
			.sorted(Comparator.naturalOrder())
			.toList();
		Duration send = due.stream().filter((lead) -> !start.minus(lead).isBefore(bookedAt)).findFirst().orElse(null);
		List<Duration> skip = new ArrayList<>(due);
		skip.remove(send);
		return new Plan(send, skip);
	}

	/**
	 * What to do about one appointment's reminders now.
	 *
	 * @param send the lead of the reminder to send, or {@code null}
	 * @param skip the leads of reminders to mark as skipped
	 */
	record Plan(Duration send, List<Duration> skip) {

		boolean nothing() {
			return this.send == null && this.skip.isEmpty();
		}

	}

}
