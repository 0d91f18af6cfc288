package org.clinicportal.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that tests move by hand; it starts at the real time. */
public final class TestClock extends Clock {

	// Nanoseconds on purpose: the outbox must cope with a clock finer than its columns.
	private volatile Instant now = Instant.now().plusNanos(999);

	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

}
