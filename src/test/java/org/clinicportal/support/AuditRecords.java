package org.clinicportal.support;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the audit trail in tests: the newest records first. */
public final class AuditRecords {

	private final JdbcClient jdbc;

	public AuditRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** "ACTION actor patientId detail" of the newest records, newest first. */
	public List<String> latest(int count) {
		return this.jdbc
			.sql("SELECT action, actor, patient_id, detail FROM audit_event ORDER BY id DESC FETCH FIRST " + count
					+ " ROWS ONLY")
			.query((rs, row) -> rs.getString("action") + " " + rs.getString("actor") + " " + rs.getObject("patient_id")
					+ " " + rs.getString("detail"))
			.list();
	}

}
