package org.clinicportal.appointment;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Locale;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.clinicportal.notification.EmailAttachment;
import org.clinicportal.system.ClinicProperties;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An appointment as an iCalendar file (RFC 5545) for the patient's own calendar, written with
 * ical4j: its start and end in the clinic's time zone with that zone's definition (VTIMEZONE), so
 * that calendars anywhere show the right time across daylight saving changes. Calendars are often
 * shared, so the file names neither the kind of visit nor the clinician: only the clinic, where
 * (the address, or a video visit joined from the portal) and a link to the portal, in the reader's
 * language.
 */
@Component
class CalendarFiles {

	static final String MEDIA_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

	static final String FILENAME = "appointment.ics";

	private final ClinicProperties clinic;

	private final ClinicTimes times;

	private final MessageSource messages;

	private final long joinMinutes;

	/** The clinic's zone as the library defines it, or {@code null} when it has no definition of it. */
	private final TimeZone zone;

	CalendarFiles(ClinicProperties clinic, ClinicTimes times, AppointmentProperties properties,
			MessageSource messages) {
		this.clinic = clinic;
		this.times = times;
		this.messages = messages;
		this.joinMinutes = properties.joinBefore().toMinutes();
		this.zone = definition(times.zone());
	}

	/** The file's text, in this language. */
	String of(Appointment appointment, Locale language) {
		TimeZone zone = this.zone;
		// A zone the library does not know (such as a fixed offset) is written in UTC, which is as exact.
		Temporal start = (zone != null) ? ZonedDateTime.ofInstant(appointment.start(), this.times.zone()) : appointment.start();
		Temporal end = (zone != null) ? ZonedDateTime.ofInstant(appointment.end(), this.times.zone()) : appointment.end();
		String portal = this.clinic.baseUrl() + "/portal/patients/" + appointment.patientId() + "/appointments";
		var event = new VEvent(start, end, text("calendar.summary", language, this.clinic.name()));
		event.replace(new DtStamp(this.times.now()));
		event.add(new Uid("appointment-" + appointment.id() + "@" + host()));
		event.add(new Sequence(appointment.version()));
		event.add(new Location(appointment.telehealth() ? text("calendar.video", language) : address()));
		event.add(new Description(description(appointment, portal, language)));
		event.add(new Url(java.net.URI.create(portal)));
		event.add(appointment.cancelled() ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
		var calendar = new Calendar();
		calendar.add(new ProdId("-//Clinic Portal//Appointments//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new Method(Method.VALUE_PUBLISH));
		if (zone != null) {
			calendar.add(zone.getVTimeZone());
		}
		calendar.add(event);
		var out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** The file as an email attachment, in this language. */
	EmailAttachment attachment(Appointment appointment, Locale language) {
		return new EmailAttachment(FILENAME, MEDIA_TYPE, of(appointment, language).getBytes(StandardCharsets.UTF_8));
	}

	private String description(Appointment appointment, String portal, Locale language) {
		String where = appointment.telehealth() ? text("calendar.description.video", language, this.joinMinutes)
				: text("calendar.description.at", language, address());
		String change = (this.clinic.phone() != null)
				? text("calendar.description.changeOrCall", language, portal, this.clinic.phone())
				: text("calendar.description.change", language, portal);
		return where + " " + change;
	}

	private String text(String code, Locale language, Object... arguments) {
		return this.messages.getMessage(code, arguments, language);
	}

	private String address() {
		return (this.clinic.address() != null) ? this.clinic.name() + ", " + this.clinic.address() : this.clinic.name();
	}

	private static TimeZone definition(ZoneId zone) {
		if (zone instanceof ZoneOffset) {
			return null;
		}
		try {
			TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
			return registry.getTimeZone(zone.getId());
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private String host() {
		return java.net.URI.create(this.clinic.baseUrl()).getHost();
	}

}
