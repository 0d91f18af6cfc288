package org.clinicportal.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only audit trail. Records are written in the caller's transaction, so a change and its
 * audit record are saved together or not at all. Nothing in the application updates or deletes them.
 */
@Service
public class AuditTrail {

	/** The actor of records made outside any signed-in request (start-up, scheduled work). */
	public static final String SYSTEM = "system";

	static final int MAX_DETAIL = 2000;

	/** How much of a detail the indexed {@code detail_key} holds (V13). */
	private static final int DETAIL_KEY_LENGTH = 200;

	private static final String INSERT = """
			INSERT INTO audit_event (occurred_at, actor, action, patient_id, detail, remote_address, detail_code, detail_args)
			VALUES (:occurredAt, :actor, :action, :patientId, :detail, :remoteAddress, :code, :arguments)
			""";

	private static final String COLUMNS = "occurred_at, actor, action, patient_id, detail, remote_address, detail_code,"
			+ " detail_args";

	private static final String BATCH_INSERT = "INSERT INTO audit_event (occurred_at, actor, action, patient_id, detail,"
			+ " remote_address) VALUES (?, ?, ?, ?, ?, ?)";

	private final JdbcClient jdbc;

	private final JdbcTemplate batchInsert;

	private final AuditDetails details;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, JdbcTemplate batchInsert, AuditDetails details, Clock clock) {
		this.jdbc = jdbc;
		this.batchInsert = batchInsert;
		this.details = details;
		this.clock = clock;
	}

	/**
	 * Records what the signed-in user (or the system) did, from the current request's address.
	 * @param action what happened
	 * @param patientId the patient concerned, or {@code null}
	 * @param detail what changed, in words; never a password or token
	 */
	public void record(AuditAction action, Long patientId, String detail) {
		record(currentActor(), action, patientId, detail, currentRemoteAddress());
	}

	/**
	 * Records what the signed-in user (or the system) did, from the current request's address, with
	 * a detail each reader reads in their language.
	 */
	public void recordCoded(AuditAction action, Long patientId, AuditDetail detail) {
		recordCoded(currentActor(), action, patientId, detail, currentRemoteAddress());
	}

	/** Records an event whose actor is known otherwise, with a detail each reader reads in their language. */
	public void recordCoded(String actor, AuditAction action, Long patientId, AuditDetail detail,
			String remoteAddress) {
		insert(actor, action, patientId, this.details.stored(detail), remoteAddress, detail.code(),
				this.details.arguments(detail));
	}

	/** Records the same action, by the signed-in user, once for each subject (bulk actions), in one batch. */
	public void recordEach(AuditAction action, List<String> details) {
		if (details.isEmpty()) {
			return;
		}
		OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(this.clock), ZoneOffset.UTC);
		String actor = truncate(currentActor(), 100);
		String address = truncate(currentRemoteAddress(), 64);
		var batch = new ArrayList<Object[]>();
		details.forEach((detail) -> batch
			.add(new Object[] { now, actor, action.name(), null, truncate(detail, MAX_DETAIL), address }));
		this.batchInsert.batchUpdate(BATCH_INSERT, batch);
	}

	/** Records an event whose actor is known otherwise, such as a failed sign-in. */
	public void record(String actor, AuditAction action, Long patientId, String detail, String remoteAddress) {
		insert(actor, action, patientId, detail, remoteAddress, null, null);
	}

	private void insert(String actor, AuditAction action, Long patientId, String detail, String remoteAddress,
			String code, String arguments) {
		this.jdbc.sql(INSERT)
			.param("occurredAt", OffsetDateTime.ofInstant(Instant.now(this.clock), ZoneOffset.UTC))
			.param("actor", truncate(actor, 100))
			.param("action", action.name())
			.param("patientId", patientId)
			.param("detail", truncate(detail, MAX_DETAIL))
			.param("remoteAddress", truncate(remoteAddress, 64))
			.param("arguments", (arguments != null && arguments.length() <= MAX_DETAIL) ? arguments : null)
			.param("code", (arguments == null || arguments.length() <= MAX_DETAIL) ? code : null)
			.update();
	}

	/**
	 * The newest records whose detail names this subject (such as a username): the detail is the
	 * subject itself, or starts with it followed by a space or a colon.
	 */
	public List<AuditRecord> about(String subject, int limit) {
		var params = new LinkedHashMap<String, Object>();
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM audit_event WHERE " + naming(subject, 0, params)
				+ " ORDER BY occurred_at DESC, id DESC FETCH FIRST " + limit + " ROWS ONLY")
			.params(params)
			.query(this::auditRecord)
			.list();
	}

	/**
	 * The newest records of these actions that concern one subject: their detail names it by one of
	 * its names (as {@link #about} reads a detail), or it is the actor (what it did itself, such as
	 * changing its password). Two queries, each served by its own index (actor, detail): one query
	 * with either condition would, once the database plans it for any parameters, walk the whole
	 * trail newest first.
	 */
	public List<AuditRecord> history(String actor, List<String> names, Set<AuditAction> actions, int limit) {
		if (names.isEmpty() || actions.isEmpty()) {
			return List.of();
		}
		var params = new LinkedHashMap<String, Object>();
		var named = new ArrayList<String>();
		for (int i = 0; i < names.size(); i++) {
			named.add(naming(names.get(i), i, params));
		}
		List<String> actionNames = actions.stream().map(AuditAction::name).toList();
		params.put("actions", actionNames);
		var records = new TreeMap<Long, AuditRecord>(Comparator.reverseOrder());
		newest("action IN (:actions) AND (" + String.join(" OR ", named) + ")", params, limit, records);
		newest("action IN (:actions) AND actor = :actor", Map.of("actions", actionNames, "actor", actor), limit,
				records);
		return records.values()
			.stream()
			.sorted(Comparator.comparing(AuditRecord::occurredAt).reversed())
			.limit(limit)
			.toList();
	}

	/** Adds the newest {@code limit} records meeting the condition to the records, by id. */
	private void newest(String condition, Map<String, ?> params, int limit, Map<Long, AuditRecord> records) {
		this.jdbc.sql("SELECT id, " + COLUMNS + " FROM audit_event WHERE " + condition
				+ " ORDER BY occurred_at DESC, id DESC FETCH FIRST " + limit + " ROWS ONLY")
			.params(params)
			.query((rs) -> {
				records.put(rs.getLong("id"), auditRecord(rs, 0));
			});
	}

	/**
	 * The condition that a record's detail names the subject, with its parameters (suffixed with
	 * {@code n}). It first reads the range of the indexed {@code detail_key} (the detail's first
	 * {@value #DETAIL_KEY_LENGTH} characters) that starts with the subject, so that finding one
	 * account's records does not read the whole audit trail.
	 */
	private static String naming(String subject, int n, Map<String, Object> params) {
		String key = subject.substring(0, Math.min(subject.length(), DETAIL_KEY_LENGTH));
		params.put("key" + n, escape(key) + "%");
		params.put("subject" + n, subject);
		params.put("spaced" + n, escape(subject) + " %");
		params.put("colon" + n, escape(subject) + ":%");
		return "(detail_key LIKE :key" + n + " ESCAPE '\\' AND (detail = :subject" + n + " OR detail LIKE :spaced" + n
				+ " ESCAPE '\\' OR detail LIKE :colon" + n + " ESCAPE '\\'))";
	}

	private AuditRecord auditRecord(ResultSet rs, int n) throws SQLException {
		return new AuditRecord(rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
				AuditAction.valueOf(rs.getString("action")), rs.getObject("patient_id", Long.class),
				rs.getString("detail"), rs.getString("remote_address"),
				this.details.read(rs.getString("detail_code"), rs.getString("detail_args")));
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** The address of the client of the current request, or {@code null} outside a request. */
	public static String currentRemoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String currentActor() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return SYSTEM;
		}
		return authentication.getName();
	}

	private static String truncate(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

}
