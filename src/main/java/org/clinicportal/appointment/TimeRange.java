package org.clinicportal.appointment;

import java.time.Instant;

/** A stretch of time from its start until (not including) its end. */
record TimeRange(Instant start, Instant end) {

	TimeRange {
		if (!start.isBefore(end)) {
			throw new IllegalArgumentException("A time range ends after it starts: " + start + " " + end);
		}
	}

	boolean overlaps(TimeRange other) {
		return this.start.isBefore(other.end) && other.start.isBefore(this.end);
	}

	boolean contains(TimeRange other) {
		return !other.start.isBefore(this.start) && !other.end.isAfter(this.end);
	}

}
