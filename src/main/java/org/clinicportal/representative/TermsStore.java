package org.clinicportal.representative;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.clinicportal.account.Relationship;
import org.clinicportal.account.RepresentativeBasis;
import org.clinicportal.account.RepresentativeTerms;
import org.clinicportal.representative.Standing.Stage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code representative_terms} table. */
@Component
class TermsStore {

	private static final String COLUMNS = """
			SELECT portal_account_id, patient_id, relationship, basis, document_reference, document_ends_on,
			       consent_given_on, access_ends_on, revoked_at, stage, notice_for FROM representative_terms
			""";

	private static final String UPDATE = """
			UPDATE representative_terms SET relationship = :relationship, basis = :basis,
			       document_reference = :documentReference, document_ends_on = :documentEndsOn,
			       consent_given_on = :consentGivenOn, access_ends_on = :accessEndsOn, revoked_at = NULL,
			       stage = :stage, notice_for = NULL, updated_at = :now
			WHERE portal_account_id = :account AND patient_id = :patient
			""";

	private static final String INSERT = """
			INSERT INTO representative_terms (portal_account_id, patient_id, relationship, basis, document_reference,
			       document_ends_on, consent_given_on, access_ends_on, stage, updated_at)
			VALUES (:account, :patient, :relationship, :basis, :documentReference, :documentEndsOn, :consentGivenOn,
			       :accessEndsOn, :stage, :now)
			""";

	private final JdbcClient jdbc;

	TermsStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredTerms> find(long accountId, long patientId) {
		return this.jdbc.sql(COLUMNS + " WHERE portal_account_id = ? AND patient_id = ?")
			.params(accountId, patientId)
			.query(TermsStore::row)
			.optional();
	}

	List<StoredTerms> ofAccount(long accountId) {
		return this.jdbc.sql(COLUMNS + " WHERE portal_account_id = ?").param(accountId).query(TermsStore::row).list();
	}

	List<StoredTerms> ofPatient(long patientId) {
		return this.jdbc.sql(COLUMNS + " WHERE patient_id = ?").param(patientId).query(TermsStore::row).list();
	}

	List<StoredTerms> all() {
		return this.jdbc.sql(COLUMNS + " ORDER BY patient_id, portal_account_id").query(TermsStore::row).list();
	}

	/** Sets the terms; saving them again makes a revoked access current and its stage the given one. */
	void save(long accountId, long patientId, RepresentativeTerms terms, Stage stage, Instant now) {
		String sql = (find(accountId, patientId).isPresent()) ? UPDATE : INSERT;
		this.jdbc.sql(sql)
			.param("account", accountId)
			.param("patient", patientId)
			.param("relationship", terms.relationship().name())
			.param("basis", terms.basis().name())
			.param("documentReference", terms.documentReference())
			.param("documentEndsOn", terms.documentEndsOn())
			.param("consentGivenOn", terms.consentGivenOn())
			.param("accessEndsOn", terms.accessEndsOn())
			.param("stage", stage.name())
			.param("now", utc(now))
			.update();
	}

	void delete(long accountId, long patientId) {
		this.jdbc.sql("DELETE FROM representative_terms WHERE portal_account_id = ? AND patient_id = ?")
			.params(accountId, patientId)
			.update();
	}

	/** Marks the access revoked by the patient; false when it already was, or is no representative's. */
	boolean revoke(long accountId, long patientId, Instant now) {
		return this.jdbc.sql("""
				UPDATE representative_terms SET revoked_at = ?, stage = 'ENDED', updated_at = ?
				WHERE portal_account_id = ? AND patient_id = ? AND revoked_at IS NULL
				""").params(utc(now), utc(now), accountId, patientId).update() == 1;
	}

	/** Moves the stage on, unless another node already did. */
	boolean advance(StoredTerms terms, Stage stage, Instant now) {
		return this.jdbc.sql("""
				UPDATE representative_terms SET stage = ?, updated_at = ?
				WHERE portal_account_id = ? AND patient_id = ? AND stage = ?
				""").params(stage.name(), utc(now), terms.accountId(), terms.patientId(), terms.stage().name())
			.update() == 1;
	}

	void noticed(StoredTerms terms, LocalDate endsOn) {
		this.jdbc.sql("UPDATE representative_terms SET notice_for = ? WHERE portal_account_id = ? AND patient_id = ?")
			.params(endsOn, terms.accountId(), terms.patientId())
			.update();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static StoredTerms row(ResultSet rs, int n) throws SQLException {
		var terms = new RepresentativeTerms(Relationship.valueOf(rs.getString("relationship")),
				RepresentativeBasis.valueOf(rs.getString("basis")), rs.getString("document_reference"),
				rs.getObject("document_ends_on", LocalDate.class), rs.getObject("consent_given_on", LocalDate.class),
				rs.getObject("access_ends_on", LocalDate.class), null);
		OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
		return new StoredTerms(rs.getLong("portal_account_id"), rs.getLong("patient_id"), terms,
				(revoked != null) ? revoked.toInstant() : null, Stage.valueOf(rs.getString("stage")),
				rs.getObject("notice_for", LocalDate.class));
	}

}
