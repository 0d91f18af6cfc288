package org.clinicportal.patient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.clinicportal.patient.ProfileChange.FieldChange;
import org.clinicportal.patient.ProfileChange.Status;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Proposed changes in the {@code profile_change} tables. Runs in the caller's transaction; a decision
 * is one conditional update, so that of two staff deciding at once only one succeeds.
 */
@Component
final class ProfileChangeStore {

	private static final String COLUMNS = "SELECT id, patient_id, proposed_by, representative, proposed_at, status,"
			+ " decided_by, decided_at, reason FROM profile_change";

	private static final String PENDING = COLUMNS + " WHERE pending_patient_id = :patient";

	private static final String LAST_DECIDED = COLUMNS + " WHERE patient_id = :patient AND status IN ('ACCEPTED', 'REJECTED')"
			+ " ORDER BY decided_at DESC, id DESC FETCH FIRST 1 ROWS ONLY";

	private static final String BY_ID = COLUMNS + " WHERE id = :id AND patient_id = :patient";

	private static final String FIELDS = "SELECT field, value_before, proposed_value FROM profile_change_field"
			+ " WHERE profile_change_id = :id";

	private static final String REPLACE_PENDING = "UPDATE profile_change SET status = 'REPLACED', pending_patient_id = NULL,"
			+ " decided_at = :now WHERE pending_patient_id = :patient";

	private static final String INSERT = """
			INSERT INTO profile_change (patient_id, portal_account_id, proposed_by, representative, proposed_at, status,
			    pending_patient_id)
			VALUES (:patient, :account, :proposedBy, :representative, :now, 'PENDING', :patient)
			""";

	private static final String INSERT_FIELD = """
			INSERT INTO profile_change_field (profile_change_id, field, value_before, proposed_value)
			VALUES (:id, :field, :before, :proposed)
			""";

	private static final String DECIDE = "UPDATE profile_change SET status = :status, pending_patient_id = NULL,"
			+ " decided_by = :staff, decided_at = :now, reason = :reason WHERE id = :id AND status = 'PENDING'";

	private final JdbcClient jdbc;

	ProfileChangeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Marks the change waiting for the patient's review, if any, as replaced; whether there was one. */
	boolean replacePending(long patientId, Instant now) {
		return this.jdbc.sql(REPLACE_PENDING).param("now", utc(now)).param("patient", patientId).update() > 0;
	}

	/** Stores a pending change of these fields, proposed when the chart had {@code before}. */
	long insert(long patientId, ProfileProposer proposer, Instant now, ContactDetails before, ContactDetails proposed,
			List<String> fields) {
		var keys = new GeneratedKeyHolder();
		this.jdbc.sql(INSERT)
			.param("patient", patientId)
			.param("account", proposer.accountId())
			.param("proposedBy", proposer.username())
			.param("representative", proposer.representative())
			.param("now", utc(now))
			.update(keys, "id");
		long id = Objects.requireNonNull(keys.getKey()).longValue();
		for (String field : fields) {
			this.jdbc.sql(INSERT_FIELD)
				.param("id", id)
				.param("field", field)
				.param("before", before.value(field))
				.param("proposed", proposed.value(field))
				.update();
		}
		return id;
	}

	Optional<ProfileChange> pending(long patientId, ContactDetails current) {
		return one(this.jdbc.sql(PENDING).param("patient", patientId), current);
	}

	Optional<ProfileChange> lastDecided(long patientId, ContactDetails current) {
		return one(this.jdbc.sql(LAST_DECIDED).param("patient", patientId), current);
	}

	Optional<ProfileChange> find(long patientId, long id, ContactDetails current) {
		return one(this.jdbc.sql(BY_ID).param("id", id).param("patient", patientId), current);
	}

	/** Records the decision unless the change is no longer pending; whether it was recorded. */
	boolean decide(long id, Status status, String staff, Instant now, String reason) {
		return this.jdbc.sql(DECIDE)
			.param("status", status.name())
			.param("staff", staff)
			.param("now", utc(now))
			.param("reason", reason)
			.param("id", id)
			.update() == 1;
	}

	private Optional<ProfileChange> one(JdbcClient.StatementSpec query, ContactDetails current) {
		return query.query(Row::of).optional().map((row) -> row.withFields(fields(row.id(), current)));
	}

	private List<FieldChange> fields(long id, ContactDetails current) {
		var changes = this.jdbc.sql(FIELDS).param("id", id).query((rs, n) -> {
			String field = rs.getString(1);
			String now = current.value(field);
			return new FieldChange(field, now, rs.getString(3), !Objects.equals(now, rs.getString(2)));
		}).list();
		return changes.stream().sorted(Comparator.comparingInt((c) -> ContactDetails.FIELDS.indexOf(c.field()))).toList();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private record Row(long id, long patientId, String proposedBy, boolean representative, Instant proposedAt,
			Status status, String decidedBy, Instant decidedAt, String reason) {

		static Row of(ResultSet rs, int n) throws SQLException {
			OffsetDateTime decidedAt = rs.getObject(8, OffsetDateTime.class);
			return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4),
					rs.getObject(5, OffsetDateTime.class).toInstant(), Status.valueOf(rs.getString(6)), rs.getString(7),
					(decidedAt != null) ? decidedAt.toInstant() : null, rs.getString(9));
		}

		ProfileChange withFields(List<FieldChange> fields) {
			return new ProfileChange(this.id, this.patientId, this.proposedBy, this.representative, this.proposedAt,
					this.status, fields, this.decidedBy, this.decidedAt, this.reason);
		}

	}

}
