package org.clinicportal.representative;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.clinicportal.account.AccessType;
import org.clinicportal.account.PortalGrant;
import org.clinicportal.account.PortalRecipient;
import org.clinicportal.account.PortalRecipients;
import org.clinicportal.account.PortalSections;
import org.clinicportal.account.PortalUser;
import org.clinicportal.account.PortalUsers;
import org.clinicportal.account.Relationship;
import org.clinicportal.account.RepresentativeBasis;
import org.clinicportal.account.RepresentativeTerms;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.patient.PatientDirectory;
import org.clinicportal.patient.PatientSummary;
import org.clinicportal.representative.Standing.Stage;
import org.clinicportal.system.Sessions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The patient's own say: who can see their record, and ending someone's access. */
@Service
@Transactional
class PatientsSay {

	private final PortalRecipients recipients;

	private final PortalUsers users;

	private final PortalSections sections;

	private final TermsStore store;

	private final RepresentativeRules rules;

	private final PatientDirectory patients;

	private final Sessions sessions;

	private final AuditTrail audit;

	private final Clock clock;

	PatientsSay(PortalRecipients recipients, PortalUsers users, PortalSections sections, TermsStore store,
			RepresentativeRules rules, PatientDirectory patients, Sessions sessions, AuditTrail audit, Clock clock) {
		this.recipients = recipients;
		this.users = users;
		this.sections = sections;
		this.store = store;
		this.rules = rules;
		this.patients = patients;
		this.sessions = sessions;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Whether the account may have its say about the patient's representatives: it is the patient's
	 * own, and the patient an adult or a minor past the confidentiality age.
	 */
	@Transactional(readOnly = true)
	boolean hasSay(PortalUser user, long patientId) {
		boolean self = user.grantFor(patientId).map((g) -> g.accessType() == AccessType.SELF).orElse(false);
		return self && this.rules.oldEnoughForSelf(birthDate(patientId));
	}

	/** The patient's representatives, ended ones last. */
	@Transactional(readOnly = true)
	List<RecordViewer> viewers(long patientId) {
		LocalDate born = birthDate(patientId);
		LocalDate today = this.rules.today();
		var viewers = new ArrayList<RecordViewer>();
		for (PortalRecipient recipient : this.recipients.ofPatient(patientId)) {
			if (recipient.accessType() != AccessType.AUTHORIZED_REP) {
				continue;
			}
			Optional<PortalUser> user = this.users.user(recipient.accountId());
			Set<String> ticked = user.flatMap((u) -> u.grantFor(patientId)).map(PortalGrant::permissions).orElse(Set.of());
			String name = user.map((u) -> u.firstName() + " " + u.lastName()).orElse("");
			Optional<StoredTerms> terms = this.store.find(recipient.accountId(), patientId);
			if (terms.isEmpty()) {
				viewers.add(new RecordViewer(recipient.accountId(), name, null, this.sections.of(ticked), null, false));
				continue;
			}
			Standing standing = this.rules.standing(terms.get().grant(ticked, born), today);
			LocalDate endsOn = standing.ended() ? endedOn(terms.get(), standing)
					: (standing.next() != null && standing.next().reason() != Standing.Reason.CONFIDENTIALITY_AGE)
							? standing.next().on() : null;
			viewers.add(new RecordViewer(recipient.accountId(), name, terms.get().terms().relationship(),
					this.sections.of(standing.sections()), endsOn, standing.ended()));
		}
		viewers.sort((a, b) -> Boolean.compare(a.ended(), b.ended()));
		return viewers;
	}

	/**
	 * Ends the representative's access to the patient at once, for good, and their open sessions.
	 * @return false when the account is no representative of the patient, or its access already ended
	 */
	boolean revoke(long patientId, long accountId, String actor, String remoteAddress) {
		boolean representative = this.recipients.ofPatient(patientId)
			.stream()
			.anyMatch((r) -> r.accountId() == accountId && r.accessType() == AccessType.AUTHORIZED_REP);
		if (!representative) {
			return false;
		}
		if (this.store.find(accountId, patientId).isEmpty()) {
			// a representative set up before terms were recorded
			this.store.save(accountId, patientId, new RepresentativeTerms(Relationship.OTHER_CAREGIVER,
					RepresentativeBasis.WRITTEN_CONSENT, null, null, null, null, null), Stage.FULL, this.clock.instant());
		}
		if (!this.store.revoke(accountId, patientId, this.clock.instant())) {
			return false;
		}
		this.sessions.endAll(PortalUser.principalName(accountId));
		this.audit.record(actor, AuditAction.REPRESENTATIVE_REVOKED, patientId, "account " + accountId, remoteAddress);
		return true;
	}

	private LocalDate endedOn(StoredTerms terms, Standing standing) {
		return (standing.next() != null) ? standing.next().on() : this.rules.date(terms.revokedAt());
	}

	private LocalDate birthDate(long patientId) {
		return this.patients.find(patientId).map(PatientSummary::dateOfBirth).orElse(null);
	}

}
