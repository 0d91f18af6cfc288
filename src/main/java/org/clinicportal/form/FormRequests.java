package org.clinicportal.form;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.clinicportal.account.PortalContact;
import org.clinicportal.account.PortalUsers;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditDetail;
import org.clinicportal.audit.AuditTrail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forms requested from patients: staff ask, and every account with the Forms permission for the
 * patient is told by an email that says only that forms are waiting.
 */
@Service
@Transactional
public class FormRequests {

	private static final String INSERT = """
			INSERT INTO form_request (patient_id, form_key, form_title, due_on, note, requested_by, requested_at)
			VALUES (:patientId, :formKey, :title, :dueOn, :note, :requestedBy, :requestedAt)
			""";

	private static final String CANCEL = """
			UPDATE form_request SET cancelled_by = :by, cancelled_at = :at
			WHERE id = :id AND patient_id = :patientId AND cancelled_at IS NULL
			  AND NOT EXISTS (SELECT 1 FROM form_response s WHERE s.request_id = form_request.id AND s.status = 'SUBMITTED')
			""";

	private final JdbcClient jdbc;

	private final FormQueries queries;

	private final FormCatalogue catalogue;

	private final PortalUsers users;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	FormRequests(JdbcClient jdbc, FormQueries queries, FormCatalogue catalogue, PortalUsers users,
			ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.catalogue = catalogue;
		this.users = users;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** Requests forms from the patient, by the signed-in staff user, and tells the patient's accounts. */
	public Requested request(long patientId, List<String> formKeys, LocalDate dueOn, String note) {
		String staff = staffName();
		List<Long> ids = new ArrayList<>();
		for (String key : formKeys) {
			FormDefinition form = this.catalogue.find(key)
				.orElseThrow(() -> new IllegalArgumentException("No form " + key));
			var keys = new GeneratedKeyHolder();
			this.jdbc.sql(INSERT)
				.param("patientId", patientId)
				.param("formKey", form.key())
				.param("title", form.title())
				.param("dueOn", dueOn)
				.param("note", note)
				.param("requestedBy", staff)
				.param("requestedAt", now())
				.update(keys, "id");
			ids.add(keys.getKey().longValue());
			this.audit.recordCoded(AuditAction.FORM_REQUESTED, patientId, (dueOn != null)
					? AuditDetail.of("audit.detail.formDue", form.title(), dueOn) : AuditDetail.of("audit.detail.form", form.title()));
		}
		return new Requested(ids, tell(patientId, false));
	}

	/**
	 * Has every account with the Forms permission for the patient emailed that forms are waiting.
	 * @return how many accounts are told
	 */
	int tell(long patientId, boolean reminder) {
		List<PortalContact> contacts = this.users.contacts(patientId, FormsSection.KEY);
		if (!contacts.isEmpty()) {
			this.events.publishEvent(new FormsRequested(patientId, reminder));
		}
		return contacts.size();
	}

	/** Withdraws an open request; false when it was already completed or cancelled. */
	public boolean cancel(long patientId, long requestId) {
		Optional<RequestedForm> request = this.queries.request(requestId);
		boolean cancelled = this.jdbc.sql(CANCEL)
			.param("by", staffName())
			.param("at", now())
			.param("id", requestId)
			.param("patientId", patientId)
			.update() == 1;
		if (cancelled) {
			this.audit.record(AuditAction.FORM_REQUEST_CANCELLED, patientId, request.orElseThrow().title());
		}
		return cancelled;
	}

	@Transactional(readOnly = true)
	public List<RequestedForm> forPatient(long patientId) {
		return this.queries.forPatient(patientId);
	}

	/** The request, when it belongs to this patient. */
	@Transactional(readOnly = true)
	public Optional<RequestedForm> find(long patientId, long requestId) {
		return this.queries.request(requestId).filter((r) -> r.patientId() == patientId);
	}

	/** The clinic-wide inbox: completed and not yet reviewed, flagged first. */
	@Transactional(readOnly = true)
	public List<RequestedForm> inbox() {
		return this.queries.unreviewed(500);
	}

	/** The clinic's date today. */
	LocalDate today() {
		return this.queries.today();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private static String staffName() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : AuditTrail.SYSTEM;
	}

	/**
	 * What a request made.
	 *
	 * @param requestIds the new requests, one per form, in the order asked
	 * @param accountsTold how many portal accounts were told by email
	 */
	public record Requested(List<Long> requestIds, int accountsTold) {
	}

}
