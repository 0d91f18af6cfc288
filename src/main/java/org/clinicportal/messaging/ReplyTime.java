package org.clinicportal.messaging;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;

import org.clinicportal.system.ClinicProperties;

import org.springframework.stereotype.Component;

/**
 * The clinic's stated reply time, in business days: what the portal promises, and after which a
 * conversation waiting for the clinic is overdue. Weekends do not count; time is the clinic's.
 */
@Component
class ReplyTime {

	private final int businessDays;

	private final ClinicProperties clinic;

	private final Clock clock;

	ReplyTime(MessagingProperties properties, ClinicProperties clinic, Clock clock) {
		this.businessDays = properties.replyBusinessDays();
		this.clinic = clinic;
		this.clock = clock;
	}

	int businessDays() {
		return this.businessDays;
	}

	/** A conversation waiting for the clinic since before this moment is overdue now. */
	Instant overdueCutoff() {
		return cutoff(this.clock.instant());
	}

	/** The moment the reply time before {@code now}: as many business days back, at the same time of day. */
	Instant cutoff(Instant now) {
		ZonedDateTime time = now.atZone(this.clinic.zone());
		int counted = 0;
		while (counted < this.businessDays) {
			time = time.minusDays(1);
			if (time.getDayOfWeek() != DayOfWeek.SATURDAY && time.getDayOfWeek() != DayOfWeek.SUNDAY) {
				counted++;
			}
		}
		return time.toInstant();
	}

}
