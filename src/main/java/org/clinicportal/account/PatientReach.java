package org.clinicportal.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.clinicportal.patient.PatientRenamed;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps each account's reach keys ({@code portal_account.reach_keys}): a {@value #SEPARATOR} before
 * the lower-case last name, first name and MRN of every patient the account reaches. User Management
 * finds the accounts of a common patient name by walking accounts in the page's order and reading
 * these keys from the same index, instead of looking up the grants and patient of each account.
 * Kept in the transaction that changes a grant or a patient's name.
 */
@Component
class PatientReach {

	static final String SEPARATOR = "|";

	/** As long as the column; a key cut short only makes a search miss it, never match wrongly. */
	private static final int MAX_LENGTH = 2000;

	private static final String KEYS = """
			SELECT g.portal_account_id, LOWER(p.last_name), LOWER(p.first_name), LOWER(p.mrn)
			FROM access_grant g JOIN patient p ON p.id = g.patient_id
			WHERE g.portal_account_id IN (:ids) ORDER BY g.portal_account_id, p.id
			""";

	private final JdbcClient jdbc;

	PatientReach(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Recomputes the reach keys of these accounts from their grants as they are now in the database. */
	void refresh(Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return;
		}
		var keys = new HashMap<Long, StringBuilder>();
		accountIds.forEach((id) -> keys.put(id, new StringBuilder()));
		this.jdbc.sql(KEYS).param("ids", accountIds).query((rs) -> {
			keys.get(rs.getLong(1))
				.append(SEPARATOR)
				.append(rs.getString(2))
				.append(SEPARATOR)
				.append(rs.getString(3))
				.append(SEPARATOR)
				.append(rs.getString(4));
		});
		for (Map.Entry<Long, StringBuilder> account : keys.entrySet()) {
			String value = account.getValue().toString();
			this.jdbc.sql("UPDATE portal_account SET reach_keys = :keys WHERE id = :id")
				.param("keys", (value.length() > MAX_LENGTH) ? value.substring(0, MAX_LENGTH) : value)
				.param("id", account.getKey())
				.update();
		}
	}

	@EventListener
	void patientRenamed(PatientRenamed event) {
		refresh(this.jdbc.sql("SELECT portal_account_id FROM access_grant WHERE patient_id = :patient")
			.param("patient", event.patientId())
			.query(Long.class)
			.list());
	}

	/**
	 * The LIKE pattern of the accounts reaching a patient whose last name, first name or MRN starts
	 * with the text (escaped with a backslash).
	 */
	static String pattern(String text) {
		return "%" + SEPARATOR + PortalUserQueries.prefix(text.replace(SEPARATOR, ""));
	}

}
