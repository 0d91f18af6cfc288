package org.clinicportal.account;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Who may use a portal section for a patient, for the modules that tell them something is waiting. */
@Service
public class PortalRecipients {

	private static final String WITH_SECTION = """
			SELECT a.id, a.email, a.first_name, g.access_type
			FROM access_grant g
			JOIN access_grant_permission p ON p.access_grant_id = g.id
			JOIN portal_account a ON a.id = g.portal_account_id
			WHERE g.patient_id = :patientId AND p.permission = :section AND a.enabled = TRUE
			ORDER BY a.id
			""";

	private static final String OF_PATIENT = """
			SELECT a.id, a.email, a.first_name, g.access_type
			FROM access_grant g
			JOIN portal_account a ON a.id = g.portal_account_id
			WHERE g.patient_id = :patientId AND a.enabled = TRUE
			ORDER BY a.id
			""";

	private final JdbcClient jdbc;

	private final PortalUsers users;

	PortalRecipients(JdbcClient jdbc, PortalUsers users) {
		this.jdbc = jdbc;
		this.users = users;
	}

	/**
	 * The enabled accounts whose grant for the patient permits the section (by its key) today, with or
	 * without email: a representative's withheld section does not count.
	 */
	public List<PortalRecipient> withSection(long patientId, String sectionKey) {
		return this.jdbc.sql(WITH_SECTION)
			.param("patientId", patientId)
			.param("section", sectionKey)
			.query((rs, n) -> new PortalRecipient(rs.getLong(1), rs.getString(2), rs.getString(3),
					AccessType.valueOf(rs.getString(4))))
			.list()
			.stream()
			.filter((recipient) -> recipient.accessType() == AccessType.SELF
					|| this.users.mayUse(recipient.accountId(), patientId, sectionKey))
			.toList();
	}

	/** Every enabled account with access to the patient, whatever its sections, with or without email. */
	public List<PortalRecipient> ofPatient(long patientId) {
		return this.jdbc.sql(OF_PATIENT)
			.param("patientId", patientId)
			.query((rs, n) -> new PortalRecipient(rs.getLong(1), rs.getString(2), rs.getString(3),
					AccessType.valueOf(rs.getString(4))))
			.list();
	}

}
