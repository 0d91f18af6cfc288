package org.clinicportal.appointment;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Appointment records for tests outside this package (the hostile-input test): a booked visit days
 * ahead, a pending request, the type of both and a day off, for a patient and a clinician the test made.
 */
public final class AppointmentTargets {

	private AppointmentTargets() {
	}

	/** The records by the name of the path variable that addresses them. */
	public static Map<String, Long> make(ApplicationContext context, long patientId, long clinicianId) {
		var fixtures = new Fixtures(context);
		// A type of its own: hostile values saved to it must not change the demo's types other tests use.
		var types = context.getBean(AppointmentTypes.class);
		AppointmentType type = types.find(types.save(new AppointmentType(0, "Hostile visit " + clinicianId, 50, false,
				"#1d6b72", java.util.List.of(), 3, true, 0))).orElseThrow();
		Instant start = Instant.now().plus(Duration.ofDays(9)).truncatedTo(ChronoUnit.HOURS);
		Map<String, Long> records = new LinkedHashMap<>();
		records.put("appointmentId", fixtures.bookings.book(patientId, clinicianId, type, start, null));
		records.put("appointmentRequestId", context.getBean(AppointmentRequests.class)
			.request(patientId, type, null, EnumSet.of(DayOfWeek.FRIDAY), EnumSet.noneOf(TimeOfDay.class), null,
					"portal:hostile", "Hana Hostile", false));
		records.put("typeId", type.id());
		records.put("clinicianId", clinicianId);
		LocalDate day = fixtures.times.today().plusDays(30);
		context.getBean(WorkingTimes.class).addDayOff(clinicianId, "hostile", day, day, null);
		records.put("dayOffId", context.getBean(JdbcClient.class)
			.sql("SELECT MAX(id) FROM day_off WHERE clinician_id = ?")
			.param(clinicianId)
			.query(Long.class)
			.single());
		return records;
	}

}
