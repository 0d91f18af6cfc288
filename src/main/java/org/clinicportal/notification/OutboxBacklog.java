package org.clinicportal.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * How much mail waits, for the Outbox page.
 *
 * @param pending messages queued or retrying
 * @param failed messages given up on
 * @param oldestWait how long the oldest pending message has waited since it was queued; zero when none waits
 */
record OutboxBacklog(long pending, long failed, Duration oldestWait) {

	static OutboxBacklog of(Map<OutboxStatus, Long> counts, Instant oldestPendingAt, Instant now) {
		Duration wait = (oldestPendingAt != null) ? Duration.between(oldestPendingAt, now) : Duration.ZERO;
		return new OutboxBacklog(counts.get(OutboxStatus.QUEUED) + counts.get(OutboxStatus.RETRYING),
				counts.get(OutboxStatus.FAILED), wait.isNegative() ? Duration.ZERO : wait);
	}

	/** The unit the wait reads best in: {@code minutes}, {@code hours} or {@code days} (messages {@code outbox.wait.*}). */
	public String waitUnit() {
		return (this.oldestWait.toHours() >= 48) ? "days" : (this.oldestWait.toMinutes() >= 120) ? "hours" : "minutes";
	}

	/** The wait in {@link #waitUnit()}, rounded down. */
	public long waitAmount() {
		return switch (waitUnit()) {
			case "days" -> this.oldestWait.toDays();
			case "hours" -> this.oldestWait.toHours();
			default -> this.oldestWait.toMinutes();
		};
	}

}
