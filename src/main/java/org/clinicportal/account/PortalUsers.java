package org.clinicportal.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads portal accounts as the portal checks them on every request. */
@Service
public class PortalUsers {

	private static final String USER = """
			SELECT a.username, a.first_name, a.last_name, a.enabled, a.force_password_change, a.password_changed_at,
			       g.patient_id, g.access_type, p.permission
			FROM portal_account a
			LEFT JOIN access_grant g ON g.portal_account_id = a.id
			LEFT JOIN access_grant_permission p ON p.access_grant_id = g.id
			WHERE a.id = :id
			ORDER BY g.granted_at, g.id
			""";

	private static final String CONTACTS = """
			SELECT a.id, a.email, a.first_name
			FROM portal_account a
			JOIN access_grant g ON g.portal_account_id = a.id
			JOIN access_grant_permission p ON p.access_grant_id = g.id
			WHERE g.patient_id = :patientId AND p.permission = :permission AND a.enabled = TRUE AND a.email IS NOT NULL
			ORDER BY a.id
			""";

	private static final String CONTACT = "SELECT id, email, first_name FROM portal_account WHERE id = :id";

	private final JdbcClient jdbc;

	// lazily: the terms read accounts through this class
	private final ObjectProvider<AccessTerms> terms;

	PortalUsers(JdbcClient jdbc, ObjectProvider<AccessTerms> terms) {
		this.jdbc = jdbc;
		this.terms = terms;
	}

	/**
	 * Whether the account may use the section for the patient today, as the portal's access rule
	 * would let it: ticked, and not withheld nor ended by a representative's terms.
	 */
	public boolean mayUse(long accountId, long patientId, String sectionKey) {
		return user(accountId).map(this.terms.getObject()::inForce)
			.flatMap((user) -> user.grantFor(patientId))
			.map((grant) -> grant.permissions().contains(sectionKey))
			.orElse(false);
	}

	/**
	 * The account as the portal checks it on each request; empty once it is deleted. One query, as
	 * it runs for every portal page.
	 */
	public Optional<PortalUser> user(long accountId) {
		var rows = this.jdbc.sql(USER).param("id", accountId).query((rs, n) -> new UserRow(rs.getString(1),
				rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getBoolean(5),
				instant(rs.getObject(6, OffsetDateTime.class)), (Long) rs.getObject(7, Long.class), rs.getString(8),
				rs.getString(9))).list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		var grants = new LinkedHashMap<Long, PortalGrant>();
		for (UserRow row : rows) {
			if (row.patientId() == null) {
				continue;
			}
			var permissions = new LinkedHashSet<String>();
			if (grants.containsKey(row.patientId())) {
				permissions.addAll(grants.get(row.patientId()).permissions());
			}
			if (row.permission() != null) {
				permissions.add(row.permission());
			}
			grants.put(row.patientId(),
					new PortalGrant(row.patientId(), AccessType.valueOf(row.accessType()), permissions));
		}
		UserRow first = rows.get(0);
		return Optional.of(new PortalUser(accountId, first.username(), first.firstName(), first.lastName(),
				first.enabled(), first.mustChange(), first.changedAt(), List.copyOf(grants.values())));
	}

	/** The account's address and holder's first name; empty once it is deleted. */
	public Optional<PortalContact> contact(long accountId) {
		return this.jdbc.sql(CONTACT)
			.param("id", accountId)
			.query((rs, n) -> new PortalContact(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	/** The enabled accounts with an email address that may use this section for the patient today. */
	public List<PortalContact> contacts(long patientId, String sectionKey) {
		return this.jdbc.sql(CONTACTS)
			.param("patientId", patientId)
			.param("permission", sectionKey)
			.query((rs, n) -> new PortalContact(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list()
			.stream()
			.filter((contact) -> mayUse(contact.accountId(), patientId, sectionKey))
			.toList();
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	private record UserRow(String username, String firstName, String lastName, boolean enabled, boolean mustChange,
			Instant changedAt, Long patientId, String accessType, String permission) {
	}

}
