package org.clinicportal.representative;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.clinicportal.account.AccessSummary;
import org.clinicportal.account.AccessTerms;
import org.clinicportal.account.AccessType;
import org.clinicportal.account.PortalGrant;
import org.clinicportal.account.PortalUser;
import org.clinicportal.account.PortalUsers;
import org.clinicportal.account.RepresentativeBasis;
import org.clinicportal.account.RepresentativeTerms;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.patient.PatientDirectory;
import org.clinicportal.patient.PatientSummary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Representatives' terms as the account module and the portal's access rule ask for them. */
@Service
@Transactional
class RepresentativeAccess implements AccessTerms {

	private final TermsStore store;

	private final RepresentativeRules rules;

	private final PatientDirectory patients;

	private final PortalUsers users;

	private final Explanations explanations;

	private final RepresentativeRequests requests;

	private final Clock clock;

	private final AuditTrail audit;

	RepresentativeAccess(TermsStore store, RepresentativeRules rules, PatientDirectory patients, PortalUsers users,
			Explanations explanations, RepresentativeRequests requests, Clock clock, AuditTrail audit) {
		this.audit = audit;
		this.store = store;
		this.rules = rules;
		this.patients = patients;
		this.users = users;
		this.explanations = explanations;
		this.requests = requests;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public PortalUser inForce(PortalUser user) {
		if (user.grants().stream().noneMatch((grant) -> grant.accessType() == AccessType.AUTHORIZED_REP)) {
			return user;
		}
		Map<Long, StoredTerms> terms = this.store.ofAccount(user.id())
			.stream()
			.collect(Collectors.toMap(StoredTerms::patientId, Function.identity()));
		if (terms.isEmpty()) {
			return user;
		}
		Map<Long, LocalDate> births = birthDates(terms.keySet());
		LocalDate today = this.rules.today();
		List<PortalGrant> grants = user.grants().stream().map((grant) -> {
			StoredTerms held = terms.get(grant.patientId());
			if (grant.accessType() != AccessType.AUTHORIZED_REP || held == null) {
				return grant;
			}
			Standing standing = this.rules.standing(held.grant(grant.permissions(), births.get(grant.patientId())), today);
			return standing.ended() ? null : new PortalGrant(grant.patientId(), grant.accessType(), standing.sections());
		}).filter(Objects::nonNull).toList();
		return new PortalUser(user.id(), user.username(), user.firstName(), user.lastName(), user.enabled(),
				user.forcePasswordChange(), user.passwordChangedAt(), grants);
	}

	@Override
	@Transactional(readOnly = true)
	public void check(long patientId, AccessType type, Set<String> sections, RepresentativeTerms terms, Errors errors) {
		LocalDate born = this.patients.find(patientId).map(PatientSummary::dateOfBirth).orElse(null);
		LocalDate today = this.rules.today();
		if (type == AccessType.SELF) {
			if (!this.rules.oldEnoughForSelf(born)) {
				errors.rejectValue("accessType", "representative.self.tooYoung",
						new Object[] { RepresentativeRules.age(born, today), this.rules.confidentialityAge() }, null);
			}
			return;
		}
		if (type != AccessType.AUTHORIZED_REP) {
			return;
		}
		if (terms.relationship() == null) {
			errors.rejectValue("relationship", "representative.relationship.required");
		}
		if (terms.basis() == null) {
			errors.rejectValue("basis", "representative.basis.required");
			return;
		}
		checkBasis(terms, born, today, errors);
		if (terms.accessEndsOn() != null && !terms.accessEndsOn().isAfter(today)) {
			errors.rejectValue("accessEndsOn", "representative.accessEndsOn.past");
		}
		var grant = new RepresentativeRules.Grant(terms.basis(), sections, born, null, null, false);
		Standing standing = this.rules.standing(grant, today);
		if (standing.reason() == Standing.Reason.CONFIDENTIALITY_AGE && !standing.withheld().isEmpty()) {
			errors.rejectValue("permissions", "representative.permissions.withheld", new Object[] {
					this.explanations.sectionNames(standing.withheld()), standing.age(), this.rules.confidentialityAge() },
					null);
		}
	}

	private void checkBasis(RepresentativeTerms terms, LocalDate born, LocalDate today, Errors errors) {
		switch (terms.basis()) {
			case LEGAL_GUARDIAN -> {
				if (terms.documentReference() == null || terms.documentReference().isBlank()) {
					errors.rejectValue("documentReference", "representative.documentReference.required");
				}
				else if (terms.documentReference().length() > 200) {
					errors.rejectValue("documentReference", "representative.documentReference.tooLong");
				}
				if (terms.documentEndsOn() != null && !terms.documentEndsOn().isAfter(today)) {
					errors.rejectValue("documentEndsOn", "representative.documentEndsOn.past");
				}
			}
			case WRITTEN_CONSENT -> {
				if (terms.consentGivenOn() == null) {
					errors.rejectValue("consentGivenOn", "representative.consentGivenOn.required");
				}
				else if (terms.consentGivenOn().isAfter(today)) {
					errors.rejectValue("consentGivenOn", "representative.consentGivenOn.future");
				}
			}
			case PARENT_OF_MINOR -> {
				if (born != null && !this.rules.minor(born)) {
					errors.rejectValue("basis", "representative.basis.notMinor",
							new Object[] { RepresentativeRules.age(born, today), this.rules.ageOfMajority() }, null);
				}
			}
		}
	}

	@Override
	public void save(long patientId, long accountId, AccessType type, RepresentativeTerms terms) {
		if (type != AccessType.AUTHORIZED_REP || terms.basis() == null || terms.relationship() == null) {
			this.store.delete(accountId, patientId);
			return;
		}
		boolean guardian = terms.basis() == RepresentativeBasis.LEGAL_GUARDIAN;
		boolean consent = terms.basis() == RepresentativeBasis.WRITTEN_CONSENT;
		LocalDate endsOn = (terms.accessEndsOn() == null && consent && terms.consentGivenOn() != null)
				? this.rules.consentEnds(terms.consentGivenOn()) : terms.accessEndsOn();
		var kept = new RepresentativeTerms(terms.relationship(), terms.basis(),
				guardian ? terms.documentReference().strip() : null, guardian ? terms.documentEndsOn() : null,
				consent ? terms.consentGivenOn() : null, endsOn, null);
		LocalDate born = this.patients.find(patientId).map(PatientSummary::dateOfBirth).orElse(null);
		var grant = new RepresentativeRules.Grant(kept.basis(), Set.of(), born, kept.documentEndsOn(), endsOn, false);
		boolean changed = this.store.find(accountId, patientId).map(StoredTerms::terms).filter(kept::equals).isEmpty();
		// staff see the stage as it stands on the form: the daily job tells only of later changes
		this.store.save(accountId, patientId, kept, this.rules.standing(grant, this.rules.today()).stage(),
				this.clock.instant());
		if (changed) {
			this.audit.record(AuditAction.REPRESENTATIVE_TERMS_CHANGED, patientId, "account " + accountId + ": "
					+ kept.relationship() + ", " + kept.basis() + ((endsOn != null) ? ", access ends on " + endsOn : ""));
		}
		if (terms.requestId() != null) {
			this.requests.approved(terms.requestId(), patientId);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RepresentativeTerms> find(long patientId, long accountId) {
		return this.store.find(accountId, patientId).map(StoredTerms::terms);
	}

	@Override
	public boolean keptFromRepresentatives(long patientId) {
		return this.patients.find(patientId).map((patient) -> this.rules.confidentialMinor(patient.dateOfBirth())).orElse(false);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, AccessSummary> summaries(long patientId) {
		LocalDate born = this.patients.find(patientId).map(PatientSummary::dateOfBirth).orElse(null);
		LocalDate today = this.rules.today();
		var summaries = new LinkedHashMap<Long, AccessSummary>();
		for (StoredTerms terms : this.store.ofPatient(patientId)) {
			Set<String> sections = this.users.user(terms.accountId())
				.flatMap((user) -> user.grantFor(patientId))
				.map(PortalGrant::permissions)
				.orElse(Set.of());
			summaries.put(terms.accountId(), this.explanations.summary(terms, sections, born, today));
		}
		return summaries;
	}

	/** Each patient's date of birth, by id; unknown ones are left out. */
	Map<Long, LocalDate> birthDates(Set<Long> patientIds) {
		var births = new LinkedHashMap<Long, LocalDate>();
		this.patients.findAll(patientIds)
			.stream()
			.filter((patient) -> patient.dateOfBirth() != null)
			.forEach((patient) -> births.put(patient.id(), patient.dateOfBirth()));
		return births;
	}

}
