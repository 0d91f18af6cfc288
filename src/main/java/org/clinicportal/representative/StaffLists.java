package org.clinicportal.representative;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.clinicportal.account.PortalUsers;
import org.clinicportal.patient.PatientDirectory;
import org.clinicportal.patient.PatientSummary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The lists of the staff's Representatives page, with the names staff read. */
@Component
@Transactional(readOnly = true)
class StaffLists {

	private final JdbcClient jdbc;

	private final RepresentativeRules rules;

	private final PatientDirectory patients;

	private final PortalUsers users;

	private final RepresentativeRequests requests;

	StaffLists(JdbcClient jdbc, RepresentativeRules rules, PatientDirectory patients, PortalUsers users,
			RepresentativeRequests requests) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.patients = patients;
		this.users = users;
		this.requests = requests;
	}

	/** Every open request, oldest first. */
	List<Row> openRequests() {
		return this.requests.open()
			.stream()
			.map((request) -> new Row(patient(request.patientId()), request.firstName() + " " + request.lastName(),
					request.id(), date(request.requestedAt())))
			.toList();
	}

	/** Representatives whose access on consent ends from today until the notice period's end, soonest first. */
	List<Row> expiring() {
		LocalDate today = this.rules.today();
		LocalDate until = this.rules.noticeUntil(today);
		return this.jdbc.sql("""
				SELECT portal_account_id, patient_id, access_ends_on FROM representative_terms
				WHERE basis = 'WRITTEN_CONSENT' AND revoked_at IS NULL AND access_ends_on >= ? AND access_ends_on <= ?
				ORDER BY access_ends_on, patient_id
				""").params(today, until).query((rs, n) -> new Row(patient(rs.getLong(2)), name(rs.getLong(1)),
						rs.getLong(1), rs.getObject(3, LocalDate.class))).list();
	}

	/** Accesses patients revoked in the last 30 days, newest first. */
	List<Row> revoked() {
		Instant since = this.rules.today().minusDays(30).atStartOfDay(ZoneOffset.UTC).toInstant();
		return this.jdbc.sql("""
				SELECT portal_account_id, patient_id, revoked_at FROM representative_terms
				WHERE revoked_at >= ? ORDER BY revoked_at DESC
				""").param(TermsStore.utc(since)).query((rs, n) -> new Row(patient(rs.getLong(2)), name(rs.getLong(1)),
						rs.getLong(1), date(rs.getObject(3, OffsetDateTime.class).toInstant()))).list();
	}

	LocalDate date(Instant instant) {
		return this.rules.date(instant);
	}

	private PatientSummary patient(long patientId) {
		return this.patients.find(patientId).orElseThrow();
	}

	private String name(long accountId) {
		return this.users.user(accountId).map((u) -> u.firstName() + " " + u.lastName()).orElse("");
	}

	/**
	 * One line of a list.
	 *
	 * @param patient whose record
	 * @param person the representative, or the person asked for
	 * @param id the request, or the representative's account
	 * @param on the day it was asked, ends, or was revoked
	 */
	record Row(PatientSummary patient, String person, long id, LocalDate on) {
	}

}
