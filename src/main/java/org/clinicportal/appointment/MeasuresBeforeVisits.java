package org.clinicportal.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.clinicportal.form.FormCatalogue;
import org.clinicportal.form.FormHistory;
import org.clinicportal.form.FormRequests;
import org.clinicportal.patient.PatientDirectory;
import org.clinicportal.patient.PatientSummary;
import org.clinicportal.system.SupportedLanguages;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measurement-based care: the forms an appointment type names (such as the PHQ-9 and GAD-7 before
 * every psychotherapy visit) are requested through Request Forms its number of days before each
 * visit, due on the visit's date, unless the patient completed the form, or was asked for it, within
 * {@code clinic.appointments.measures-within} (14 days). Each visit is looked at once, by whichever
 * node claims it first (a conditional update); a rescheduled visit is looked at again.
 */
@Component
class MeasuresBeforeVisits {

	private static final String DUE = """
			SELECT id, patient_id, starts_at FROM appointment
			WHERE type_id = :typeId AND status = 'BOOKED' AND measures_checked_at IS NULL
			  AND starts_at > :now AND starts_at < :until
			ORDER BY starts_at, id
			""";

	private static final String CLAIM = """
			UPDATE appointment SET measures_checked_at = :now WHERE id = :id AND measures_checked_at IS NULL
			""";

	private final JdbcClient jdbc;

	private final AppointmentTypes types;

	private final FormRequests formRequests;

	private final FormHistory formHistory;

	private final FormCatalogue catalogue;

	private final TransactionTemplate transactions;

	private final ClinicTimes times;

	private final AppointmentProperties properties;

	private final PatientDirectory patients;

	private final MessageSource messages;

	MeasuresBeforeVisits(JdbcClient jdbc, AppointmentTypes types, FormRequests formRequests, FormHistory formHistory,
			FormCatalogue catalogue, TransactionTemplate transactions, ClinicTimes times,
			AppointmentProperties properties, PatientDirectory patients, MessageSource messages) {
		this.patients = patients;
		this.messages = messages;
		this.jdbc = jdbc;
		this.types = types;
		this.formRequests = formRequests;
		this.formHistory = formHistory;
		this.catalogue = catalogue;
		this.transactions = transactions;
		this.times = times;
		this.properties = properties;
	}

	@Scheduled(initialDelayString = "${clinic.appointments.measures-check:PT1H}",
			fixedDelayString = "${clinic.appointments.measures-check:PT1H}")
	void scheduled() {
		requestDue();
	}

	/** Requests the forms due before upcoming visits; returns how many visits got requests. */
	int requestDue() {
		Instant now = this.times.now();
		int requested = 0;
		for (AppointmentType type : this.types.all()) {
			List<String> forms = type.formKeys().stream().filter((key) -> this.catalogue.find(key).isPresent()).toList();
			if (forms.isEmpty()) {
				continue;
			}
			// Visits on the dates up to N days from today, in the clinic's calendar.
			Instant until = this.times.day(this.times.today().plusDays(type.formsDaysBefore())).end();
			List<Visit> due = this.jdbc.sql(DUE)
				.param("typeId", type.id())
				.param("now", AppointmentQueries.utc(now))
				.param("until", AppointmentQueries.utc(until))
				.query((rs, n) -> new Visit(rs.getLong("id"), rs.getLong("patient_id"),
						AppointmentQueries.instant(rs, "starts_at")))
				.list();
			for (Visit visit : due) {
				requested += Boolean.TRUE.equals(this.transactions.execute((status) -> request(visit, forms, now))) ? 1 : 0;
			}
		}
		return requested;
	}

	private boolean request(Visit visit, List<String> forms, Instant now) {
		if (this.jdbc.sql(CLAIM).param("now", AppointmentQueries.utc(now)).param("id", visit.id()).update() != 1) {
			return false;
		}
		Set<String> recent = this.formHistory.completedOrRequestedSince(visit.patientId(), forms,
				now.minus(this.properties.measuresWithin()));
		List<String> wanted = forms.stream().filter((key) -> !recent.contains(key)).toList();
		if (wanted.isEmpty()) {
			return false;
		}
		LocalDate date = this.times.date(visit.start());
		// the note the patient reads, in the language of their chart
		Locale language = this.patients.find(visit.patientId())
			.map(PatientSummary::preferredLanguage)
			.flatMap(SupportedLanguages::of)
			.orElse(SupportedLanguages.DEFAULT);
		this.formRequests.request(visit.patientId(), wanted, date, this.messages.getMessage("appointments.measures.note",
				new Object[] { this.times.longDate(date, language) }, language));
		return true;
	}

	private record Visit(long id, long patientId, Instant start) {
	}

}
