package org.clinicportal.appointment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.clinicportal.system.ClinicProperties;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarFilesTests {

	@Test
	void startAndEndAreTheClinicsLocalTimesWithItsZoneDefinitionAcrossDaylightSaving() {
		// 2026-03-09 14:00Z is 10:00 in New York (EDT since 03-08); 2026-03-06 15:00Z is 10:00 EST.
		String after = calendar("America/New_York", Instant.parse("2026-03-09T14:00:00Z"), false);
		String before = calendar("America/New_York", Instant.parse("2026-03-06T15:00:00Z"), false);

		assertThat(after).contains("DTSTART;TZID=America/New_York:20260309T100000",
				"DTEND;TZID=America/New_York:20260309T105000", "BEGIN:VTIMEZONE", "TZID:America/New_York",
				"TZNAME:EDT", "TZNAME:EST", "LOCATION:Riverside Behavioral Health\\, 100 Riverside Drive\\, Springfield");
		assertThat(before).contains("DTSTART;TZID=America/New_York:20260306T100000");
		assertThat(after).doesNotContain("Psychotherapy", "Dr.");
	}

	@Test
	void aVideoVisitSaysToJoinFromThePortalAndAZoneWithoutRulesIsWrittenInUtc() {
		String video = calendar("+02:00", Instant.parse("2026-03-09T14:00:00Z"), true);

		assertThat(video).contains("DTSTART:20260309T140000Z", "LOCATION:Video visit: join from the patient portal")
			.doesNotContain("VTIMEZONE", "room");
	}

	@Test
	void theFileIsInTheReadersLanguage() {
		String spanish = calendar("America/New_York", Instant.parse("2026-03-09T14:00:00Z"), true, Locale.forLanguageTag("es"));

		assertThat(spanish).contains("SUMMARY:Cita en Riverside Behavioral Health",
				"LOCATION:Visita por video: entre desde el portal del paciente");
	}

	private static String calendar(String zone, Instant start, boolean video) {
		return calendar(zone, start, video, Locale.ENGLISH);
	}

	private static String calendar(String zone, Instant start, boolean video, Locale language) {
		var clinic = new ClinicProperties("Riverside Behavioral Health", "https://portal.example.org", null, zone, false,
				"100 Riverside Drive, Springfield", "(555) 010-0100");
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/appointment");
		messages.setDefaultEncoding("UTF-8");
		var times = new ClinicTimes(clinic, Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC), messages);
		var properties = new AppointmentProperties(Duration.ofHours(24), List.of(Duration.ofHours(48)),
				Duration.ofMinutes(15), Duration.ofMinutes(15), "https://video.example.org/{room}", Duration.ofDays(14), 28);
		var appointment = new Appointment(42, 7, 3, 4, "Psychotherapy", "#1d6b72",
				new TimeRange(start, start.plus(Duration.ofMinutes(50))), video, video ? "room42" : null,
				AppointmentStatus.BOOKED, "frontdesk", start.minus(Duration.ofDays(9)), null, null, null, null, 0);
		return new CalendarFiles(clinic, times, properties, messages).of(appointment, language);
	}

}
