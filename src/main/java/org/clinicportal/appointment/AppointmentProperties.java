package org.clinicportal.appointment;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Appointment settings ({@code clinic.appointments.*}, see docs/appointments.md).
 *
 * @param cancelNotice how long before the start a patient may still cancel in the portal
 * @param reminders how long before the start reminder emails go out
 * @param startEvery the spacing of the start times offered within working hours (a multiple of 5 minutes)
 * @param joinBefore how long before a video visit its join link shows in the portal
 * @param telehealthLink the address of a video visit, {@code {room}} standing for the visit's own room
 * @param measuresWithin a form completed (or asked for) this recently is not requested again before a visit
 * @param searchDays how many days ahead the next free times are looked for
 */
@ConfigurationProperties("clinic.appointments")
record AppointmentProperties(@DefaultValue("24h") Duration cancelNotice, @DefaultValue({ "48h", "2h" }) List<Duration> reminders,
		@DefaultValue("15m") Duration startEvery, @DefaultValue("15m") Duration joinBefore,
		@DefaultValue("https://video.example.org/{room}") String telehealthLink,
		@DefaultValue("14d") Duration measuresWithin, @DefaultValue("28") int searchDays) {

	AppointmentProperties {
		reminders = reminders.stream().sorted(Comparator.reverseOrder()).distinct().toList();
		if (startEvery.toMinutes() < 5 || startEvery.toMinutes() % 5 != 0 || startEvery.toSecondsPart() != 0) {
			throw new IllegalArgumentException("clinic.appointments.start-every must be a multiple of 5 minutes");
		}
		if (!telehealthLink.contains("{room}")) {
			throw new IllegalArgumentException("clinic.appointments.telehealth-link must contain {room}");
		}
	}

	/** The join link of a video visit's room. */
	String joinLink(String room) {
		return this.telehealthLink.replace("{room}", room);
	}

}
