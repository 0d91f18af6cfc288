package org.clinicportal.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.clinicportal.system.Paging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the audit trail, newest first, for the viewer and the CSV export. */
@Repository
class AuditQueries {

	private static final String SELECT = "SELECT id, occurred_at, actor, action, patient_id, detail, remote_address,"
			+ " detail_code, detail_args FROM audit_event";

	private static final String ORDER = " ORDER BY occurred_at DESC, id DESC";

	private final JdbcClient jdbc;

	private final AuditDetails details;

	AuditQueries(JdbcClient jdbc, AuditDetails details) {
		this.jdbc = jdbc;
		this.details = details;
	}

	/** One page of entries. */
	Paging.Rows<AuditEntry> page(AuditFilter filter, Long patientId, ZoneId zone, Paging paging) {
		var where = where(filter, patientId, zone);
		String sql = SELECT + where.sql() + ORDER + " OFFSET " + paging.offset() + " ROWS FETCH NEXT "
				+ paging.limit() + " ROWS ONLY";
		return paging.rows(this.jdbc.sql(sql).params(where.params()).query(this::entry).list());
	}

	/** Every matching entry, streamed one by one so that the export needs constant memory. */
	void forEach(AuditFilter filter, Long patientId, ZoneId zone, Consumer<AuditEntry> action) {
		var where = where(filter, patientId, zone);
		try (var rows = this.jdbc.sql(SELECT + where.sql() + ORDER)
			.params(where.params())
			.withFetchSize(500)
			.query(this::entry)
			.stream()) {
			rows.forEach(action);
		}
	}

	private static Where where(AuditFilter filter, Long patientId, ZoneId zone) {
		var conditions = new ArrayList<String>();
		var params = new LinkedHashMap<String, Object>();
		if (patientId != null) {
			conditions.add("patient_id = :patientId");
			params.put("patientId", patientId);
		}
		if (filter.hasUser()) {
			conditions.add("actor = :actor");
			params.put("actor", filter.getUser().strip());
		}
		if (filter.getAction() != null) {
			conditions.add("action = :action");
			params.put("action", filter.getAction().name());
		}
		if (filter.getFrom() != null) {
			conditions.add("occurred_at >= :from");
			params.put("from", utc(filter.getFrom().atStartOfDay(zone).toOffsetDateTime()));
		}
		if (filter.getTo() != null) {
			conditions.add("occurred_at < :to");
			params.put("to", utc(filter.getTo().plusDays(1).atStartOfDay(zone).toOffsetDateTime()));
		}
		String sql = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		return new Where(sql, params);
	}

	private static OffsetDateTime utc(OffsetDateTime time) {
		return time.withOffsetSameInstant(ZoneOffset.UTC);
	}

	private AuditEntry entry(ResultSet rs, int row) throws SQLException {
		long patientId = rs.getLong("patient_id");
		Long patient = rs.wasNull() ? null : patientId;
		return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), AuditAction.valueOf(rs.getString("action")), patient, rs.getString("detail"),
				rs.getString("remote_address"), this.details.read(rs.getString("detail_code"), rs.getString("detail_args")));
	}

	private record Where(String sql, Map<String, Object> params) {
	}

}
