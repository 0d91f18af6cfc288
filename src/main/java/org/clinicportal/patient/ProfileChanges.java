package org.clinicportal.patient;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.patient.ProfileChange.FieldChange;
import org.clinicportal.patient.ProfileChange.Status;
import org.clinicportal.system.NotFoundException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to contact details that a patient or representative proposes through the portal and staff
 * accept or reject. A patient has at most one change waiting: a newer proposal replaces it. Every
 * step is in the audit trail, with field names, never values.
 */
@Service
@Transactional
public class ProfileChanges {

	private final ProfileChangeStore store;

	private final PatientRepository patients;

	private final AuditTrail audit;

	private final Clock clock;

	ProfileChanges(ProfileChangeStore store, PatientRepository patients, AuditTrail audit, Clock clock) {
		this.store = store;
		this.patients = patients;
		this.audit = audit;
		this.clock = clock;
	}

	/** The patient's contact details as the chart has them. */
	@Transactional(readOnly = true)
	public ContactDetails contact(long patientId) {
		return chart(patientId).contact();
	}

	/** The contact details with the change waiting for staff applied, or as on the chart when none waits. */
	@Transactional(readOnly = true)
	public ContactDetails contactAsProposed(long patientId) {
		ContactDetails current = contact(patientId);
		return this.store.pending(patientId, current).map((change) -> change.appliedTo(current)).orElse(current);
	}

	/** The change waiting for staff, if any, beside the chart's current values. */
	@Transactional(readOnly = true)
	public Optional<ProfileChange> pending(long patientId) {
		return this.store.pending(patientId, contact(patientId));
	}

	/** The most recent change staff accepted or rejected, if any. */
	@Transactional(readOnly = true)
	public Optional<ProfileChange> lastDecision(long patientId) {
		return this.store.lastDecided(patientId, contact(patientId));
	}

	/**
	 * Stores the fields of {@code proposed} that differ from the chart as a change waiting for staff,
	 * in place of any change already waiting.
	 */
	public Proposal propose(long patientId, ProfileProposer proposer, ContactDetails proposed) {
		ContactDetails current = contact(patientId);
		List<String> fields = current.fieldsChangedIn(proposed);
		if (fields.isEmpty()) {
			return Proposal.NOTHING_CHANGED;
		}
		Instant now = Instant.now(this.clock);
		boolean replaced = this.store.replacePending(patientId, now);
		this.store.insert(patientId, proposer, now, current, proposed, fields);
		this.audit.record(proposer.actor(), AuditAction.PROFILE_CHANGE_PROPOSED, patientId,
				"fields: " + String.join(", ", fields) + (replaced ? "; replaces the change waiting for review" : ""),
				AuditTrail.currentRemoteAddress());
		return replaced ? Proposal.REPLACED : Proposal.PROPOSED;
	}

	/**
	 * Applies a pending change to the chart, unless staff changed one of its fields on the chart after
	 * it was proposed.
	 * @throws ObjectOptimisticLockingFailureException when the chart is saved by someone else meanwhile
	 */
	Decision accept(long patientId, long changeId, String staff) {
		Patient patient = chart(patientId);
		ProfileChange change = this.store.find(patientId, changeId, patient.contact())
			.orElseThrow(NotFoundException::new);
		if (change.status() != Status.PENDING) {
			return Decision.ALREADY_DECIDED;
		}
		if (change.chartChangedSince()) {
			return Decision.CHART_CHANGED;
		}
		Instant now = Instant.now(this.clock);
		if (!this.store.decide(changeId, Status.ACCEPTED, staff, now, null)) {
			return Decision.ALREADY_DECIDED;
		}
		patient.setContact(change.appliedTo(patient.contact()), now);
		this.patients.flush();
		this.audit.record(AuditAction.PROFILE_CHANGE_ACCEPTED, patientId, "fields: " + fieldNames(change));
		this.audit.record(AuditAction.PATIENT_UPDATED, patientId, "changed: " + fieldNames(change));
		return Decision.ACCEPTED;
	}

	/** Rejects a pending change with a reason the portal shows. */
	Decision reject(long patientId, long changeId, String staff, String reason) {
		ProfileChange change = this.store.find(patientId, changeId, contact(patientId))
			.orElseThrow(NotFoundException::new);
		if (!this.store.decide(changeId, Status.REJECTED, staff, Instant.now(this.clock), reason)) {
			return Decision.ALREADY_DECIDED;
		}
		this.audit.record(AuditAction.PROFILE_CHANGE_REJECTED, patientId, "fields: " + fieldNames(change));
		return Decision.REJECTED;
	}

	/** The names of the fields a change proposes, for the audit trail; never their values. */
	private static String fieldNames(ProfileChange change) {
		return String.join(", ", change.fields().stream().map(FieldChange::field).toList());
	}

	private Patient chart(long patientId) {
		return this.patients.findById(patientId).orElseThrow(NotFoundException::new);
	}

	/** What became of a proposal. */
	public enum Proposal {

		/** Nothing differed from the chart, so nothing was stored. */
		NOTHING_CHANGED,

		/** Stored, waiting for staff. */
		PROPOSED,

		/** Stored in place of the change that was waiting. */
		REPLACED

	}

	/** What became of a staff decision. */
	enum Decision {

		ACCEPTED, REJECTED,

		/** A field of the change was changed on the chart after the proposal; nothing was saved. */
		CHART_CHANGED,

		/** Someone decided it first, or a newer proposal replaced it; nothing was saved. */
		ALREADY_DECIDED

	}

}
