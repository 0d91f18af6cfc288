package org.clinicportal.patient;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.staff.StaffDirectory;
import org.clinicportal.staff.StaffMember;
import org.clinicportal.system.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and changing charts; every change and every view is in the audit trail. */
@Service
@Transactional
class Patients {

	private final PatientRepository patients;

	private final StaffDirectory staff;

	private final AuditTrail audit;

	private final Clock clock;

	private final MrnSequence mrns;

	private final ApplicationEventPublisher events;

	Patients(PatientRepository patients, StaffDirectory staff, AuditTrail audit, Clock clock, MrnSequence mrns,
			ApplicationEventPublisher events) {
		this.events = events;
		this.patients = patients;
		this.mrns = mrns;
		this.staff = staff;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Patient get(long id) {
		return this.patients.findById(id).orElseThrow(NotFoundException::new);
	}

	/** Loads a chart for a staff user to look at, and records that they did. */
	Patient view(long id, String page) {
		Patient patient = get(id);
		this.audit.record(AuditAction.PATIENT_VIEWED, id, page);
		return patient;
	}

	Patient create(Demographics demographics) {
		return create(demographics, Set.of());
	}

	Patient create(Demographics demographics, Set<Long> staffIds) {
		Instant now = Instant.now(this.clock);
		var patient = new Patient(this.mrns.next(), now);
		patient.setDemographics(demographics, now);
		patient.assignStaff(staffIds, now);
		this.patients.save(patient);
		this.audit.record(AuditAction.PATIENT_CREATED, patient.getId(), "MRN " + patient.getMrn());
		return patient;
	}

	/**
	 * Saves new demographics.
	 * @throws ObjectOptimisticLockingFailureException when the chart was saved by someone else since
	 * {@code version} was read
	 */
	void update(long id, long version, Demographics demographics) {
		Patient patient = current(id, version);
		var changed = changedFields(patient.demographics(), demographics);
		patient.setDemographics(demographics, Instant.now(this.clock));
		this.patients.flush();
		this.audit.record(AuditAction.PATIENT_UPDATED, id, "changed: " + String.join(", ", changed));
		if (changed.contains("firstName") || changed.contains("lastName")) {
			this.events.publishEvent(new PatientRenamed(id));
		}
	}

	/** Replaces the staff assigned to the patient. */
	void assignStaff(long id, long version, Set<Long> staffIds) {
		Patient patient = current(id, version);
		var before = usernames(patient.getAssignedStaffIds());
		patient.assignStaff(staffIds, Instant.now(this.clock));
		this.patients.flush();
		this.audit.record(AuditAction.STAFF_ASSIGNMENT_CHANGED, id, before + " -> " + usernames(staffIds));
	}

	private Patient current(long id, long version) {
		Patient patient = get(id);
		if (patient.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Patient.class, id);
		}
		return patient;
	}

	private Set<String> usernames(Set<Long> staffIds) {
		var names = new TreeSet<String>();
		staffIds.forEach((id) -> this.staff.byId(id).map(StaffMember::username).ifPresent(names::add));
		return names;
	}

	/** Names the fields that differ, never their values. */
	private static java.util.List<String> changedFields(Demographics before, Demographics after) {
		var changed = new ArrayList<String>();
		var components = Demographics.class.getRecordComponents();
		for (var component : components) {
			try {
				if (!Objects.equals(component.getAccessor().invoke(before), component.getAccessor().invoke(after))) {
					changed.add(component.getName());
				}
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return changed;
	}

}
