package org.clinicportal.representative;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.clinicportal.account.PortalGrant;
import org.clinicportal.account.PortalUsers;
import org.clinicportal.account.RepresentativeBasis;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.patient.PatientDirectory;
import org.clinicportal.patient.PatientSummary;
import org.clinicportal.representative.Standing.Stage;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a clinic day, on whichever node comes first, applies the changes the rules make by date:
 * narrowing at the confidentiality age, ending at majority, at a guardianship's end and on the
 * access's end date, and the notice before access on consent ends. Every node looks each hour
 * ({@code clinic.representatives.check}, the first a minute after start); the one that inserts the day's row in
 * {@code representative_day} does the work in the same transaction, so a node that stops midway
 * leaves the day to the next look. Changes follow from dates and the stage last applied, so a day
 * after downtime catches up on all the days missed. Access itself never waits for this job: the
 * portal's access rule reads the rules on every request; this job tells people and the audit.
 */
@Component
class DailyChanges {

	private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ UUID.randomUUID().toString().substring(0, 8);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final TermsStore store;

	private final RepresentativeRules rules;

	private final PatientDirectory patients;

	private final PortalUsers users;

	private final RepresentativeEmails emails;

	private final AuditTrail audit;

	private final Clock clock;

	DailyChanges(JdbcClient jdbc, TransactionTemplate transactions, TermsStore store, RepresentativeRules rules,
			PatientDirectory patients, PortalUsers users, RepresentativeEmails emails, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.store = store;
		this.rules = rules;
		this.patients = patients;
		this.users = users;
		this.emails = emails;
		this.audit = audit;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${clinic.representatives.first-check:PT1M}",
			fixedDelayString = "${clinic.representatives.check:PT1H}")
	void scheduled() {
		runToday();
	}

	/** Applies today's changes unless a node already has; returns how many, or -1 when another node ran the day. */
	int runToday() {
		LocalDate today = this.rules.today();
		Instant now = this.clock.instant();
		try {
			Integer changes = this.transactions.execute((status) -> {
				this.jdbc.sql("INSERT INTO representative_day (run_on, node, finished_at, changes) VALUES (?, ?, ?, 0)")
					.params(today, this.node, TermsStore.utc(now))
					.update();
				int applied = apply(today, now);
				this.jdbc.sql("UPDATE representative_day SET changes = ?, finished_at = ? WHERE run_on = ?")
					.params(applied, TermsStore.utc(this.clock.instant()), today)
					.update();
				return applied;
			});
			return (changes != null) ? changes : 0;
		}
		catch (DataIntegrityViolationException | TransientDataAccessException ex) {
			return -1; // another node has the day, or is on it now (if it fails, the next look tries again)
		}
	}

	private int apply(LocalDate today, Instant now) {
		var all = this.store.all();
		Map<Long, PatientSummary> patients = new java.util.HashMap<>();
		this.patients.findAll(all.stream().map(StoredTerms::patientId).distinct().toList())
			.forEach((patient) -> patients.put(patient.id(), patient));
		int changes = 0;
		for (StoredTerms terms : all) {
			PatientSummary patient = patients.get(terms.patientId());
			if (patient == null) {
				continue;
			}
			Set<String> sections = this.users.user(terms.accountId())
				.flatMap((user) -> user.grantFor(terms.patientId()))
				.map(PortalGrant::permissions)
				.orElse(Set.of());
			Standing standing = this.rules.standing(terms.grant(sections, patient.dateOfBirth()), today);
			if (standing.stage().compareTo(terms.stage()) > 0 && this.store.advance(terms, standing.stage(), now)) {
				changes += changed(terms, standing, patient, today) ? 1 : 0;
			}
			else if (!standing.ended() && noticeDue(terms, today)) {
				this.store.noticed(terms, terms.terms().accessEndsOn());
				this.audit.record(AuditTrail.SYSTEM, AuditAction.REPRESENTATIVE_EXPIRY_NOTICE, terms.patientId(),
						"account " + terms.accountId() + ": access ends on " + terms.terms().accessEndsOn(), null);
				this.emails.accessEnding(patient, terms.terms().accessEndsOn());
				changes++;
			}
		}
		return changes;
	}

	/** Audits and tells of a change; a narrowing that withholds nothing ticked is no change to tell. */
	private boolean changed(StoredTerms terms, Standing standing, PatientSummary patient, LocalDate today) {
		if (standing.stage() == Stage.NARROWED && standing.withheld().isEmpty()) {
			return false;
		}
		AuditAction action = standing.ended() ? AuditAction.REPRESENTATIVE_ACCESS_ENDED
				: AuditAction.REPRESENTATIVE_ACCESS_NARROWED;
		String detail = "account " + terms.accountId() + ": " + standing.reason()
				+ (standing.ended() ? "" : ", withheld " + standing.withheld());
		this.audit.record(AuditTrail.SYSTEM, action, terms.patientId(), detail, null);
		this.emails.accessChanged(terms.accountId(), patient, today);
		return true;
	}

	private boolean noticeDue(StoredTerms terms, LocalDate today) {
		LocalDate endsOn = terms.terms().accessEndsOn();
		return terms.terms().basis() == RepresentativeBasis.WRITTEN_CONSENT && endsOn != null
				&& !today.isBefore(this.rules.noticeFrom(endsOn)) && !endsOn.equals(terms.noticeFor());
	}

}
