package org.clinicportal.appointment;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

import org.clinicportal.system.ClinicProperties;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as the clinic reads them, in its time zone ({@code CLINIC_TIME_ZONE}); pages
 * state the zone once and show times without it, except on the days the clocks change, when the
 * zone's abbreviation tells the two 1:30s apart. Dates are written in the reader's language: the
 * request's, or the one given (an email's).
 */
@Component
class ClinicTimes {

	private final ZoneId zone;

	private final Clock clock;

	private final DateTimeFormatter time;

	private final DateTimeFormatter timeWithZone;

	private final DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL);

	private final MessageSource messages;

	ClinicTimes(ClinicProperties clinic, Clock clock, MessageSource messages) {
		this.zone = clinic.zone();
		this.clock = clock;
		this.messages = messages;
		// a time of day reads the same in both languages: 09:00, 17:30
		this.time = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(this.zone);
		this.timeWithZone = DateTimeFormatter.ofPattern("HH:mm zzz", Locale.ENGLISH).withZone(this.zone);
	}

	ZoneId zone() {
		return this.zone;
	}

	/** The zone as pages state it, in the request's language: "America/New_York (Eastern time)". */
	String zoneName() {
		return zoneName(LocaleContextHolder.getLocale());
	}

	/** The zone as this language states it: "America/New_York (Eastern time)". */
	String zoneName(Locale language) {
		String name = this.zone.getDisplayName(TextStyle.FULL, language);
		if (name.equals(this.zone.getId())) {
			return name;
		}
		return this.zone.getId() + " (" + (language.getLanguage().equals("en") ? name.replace(" Time", "") + " time" : name)
				+ ")";
	}

	Instant now() {
		return this.clock.instant();
	}

	LocalDate today() {
		return LocalDate.ofInstant(now(), this.zone);
	}

	/** The clinic's date of an instant. */
	LocalDate date(Instant instant) {
		return LocalDate.ofInstant(instant, this.zone);
	}

	/** The whole of a date in the clinic, from its first moment to the next date's (23 or 25 hours on the change days). */
	TimeRange day(LocalDate date) {
		return new TimeRange(date.atStartOfDay(this.zone).toInstant(), date.plusDays(1).atStartOfDay(this.zone).toInstant());
	}

	/** The Monday of the date's week. */
	LocalDate monday(LocalDate date) {
		return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** The time of day, such as 09:00; on a day the clocks change, with its zone: 01:30 EDT. */
	String time(Instant instant) {
		return changesOn(date(instant)) ? this.timeWithZone.format(instant) : this.time.format(instant);
	}

	/** A date as a sentence says it in the request's language: Thursday, December 10, 2026. */
	String longDate(LocalDate date) {
		return longDate(date, LocaleContextHolder.getLocale());
	}

	/** A date as a sentence says it in this language: jueves, 10 de diciembre de 2026. */
	String longDate(LocalDate date, Locale language) {
		return this.day.withLocale(language).format(date);
	}

	/** A date and time as a sentence says it: Thursday, December 10, 2026 at 09:00. */
	String dateTime(Instant instant) {
		Locale language = LocaleContextHolder.getLocale();
		return this.messages.getMessage("appointments.dateTime",
				new Object[] { longDate(date(instant), language), time(instant) }, language);
	}

	/** Whether the clocks change on this date in the clinic. */
	boolean changesOn(LocalDate date) {
		TimeRange whole = day(date);
		return !this.zone.getRules().getOffset(whole.start()).equals(this.zone.getRules().getOffset(whole.end()));
	}

}
