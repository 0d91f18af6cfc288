package org.clinicportal.account;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads portal accounts for User Management: search, status filter, four orders, keyset paging
 * (each page starts after the previous page's last row, so no OFFSET scan and no row seen twice
 * while rows change), and a streamed export. Every condition and order is served by an index of
 * the V6 and V9 migrations.
 */
@Repository
class PortalUserQueries {

	private static final String COLUMNS = "SELECT a.id, a.username, a.first_name, a.last_name, a.enabled, a.locked_until,"
			+ " a.force_password_change, a.two_step, a.last_sign_in_at, a.created_at, %s AS sort_key FROM portal_account a";

	private static final String STARTS_WITH = " LIKE :prefix ESCAPE '\\'";

	/** The keys of the account itself that a search matches, each with a prefix index. */
	private static final List<String> ACCOUNT_KEYS = List.of("a.username_key", "a.name_key", "a.first_name_key");

	/** The patients whose MRN or name starts with the text, a union of index range scans. */
	private static final String MATCHING_PATIENTS = "SELECT p.id FROM patient p WHERE p.mrn" + STARTS_WITH
			+ " UNION ALL SELECT p.id FROM patient p WHERE p.last_name_key" + STARTS_WITH
			+ " UNION ALL SELECT p.id FROM patient p WHERE p.first_name_key" + STARTS_WITH;

	/** The accounts that reach a patient whose MRN or name starts with the text. */
	private static final String REACHING_PATIENT = "SELECT g.portal_account_id FROM access_grant g WHERE g.patient_id IN ("
			+ MATCHING_PATIENTS + ")";

	/**
	 * From how many matching patients a page walks accounts in its order and reads their reach keys
	 * ({@link PatientReach}), instead of collecting every account reaching them and sorting those:
	 * with this many, the walk meets a page of them soon; with fewer, collecting them is cheaper.
	 */
	static final int WALK_FROM = 1000;

	/**
	 * Accounts whose username or holder's name starts with the text, or that reach a patient whose
	 * name or MRN does. A union of index range scans: an OR across them would scan every account.
	 */
	private static final String SEARCH = "a.id IN (" + ACCOUNT_KEYS.stream()
		.map((key) -> "SELECT a.id FROM portal_account a WHERE " + key + STARTS_WITH + " UNION ")
		.collect(Collectors.joining()) + REACHING_PATIENT + ")";

	/** A grant's section keys, separated by spaces (H2 and PostgreSQL both know STRING_AGG). */
	private static final String SECTIONS = "(SELECT STRING_AGG(gp.permission, ' ' ORDER BY gp.permission)"
			+ " FROM access_grant_permission gp WHERE gp.access_grant_id = g.id)";

	private static final String PATIENTS = "SELECT g.portal_account_id, g.access_type, p.id, p.mrn, p.first_name,"
			+ " p.last_name, " + SECTIONS + """

			FROM access_grant g JOIN patient p ON p.id = g.patient_id
			WHERE g.portal_account_id IN (:ids) ORDER BY p.last_name, p.first_name
			""";

	private final JdbcClient jdbc;

	private final int walkFrom;

	@Autowired
	PortalUserQueries(JdbcClient jdbc) {
		this(jdbc, WALK_FROM);
	}

	/** With another threshold of matching patients for walking (tests use both ways). */
	PortalUserQueries(JdbcClient jdbc, int walkFrom) {
		this.jdbc = jdbc;
		this.walkFrom = walkFrom;
	}

	/** One page of rows and, when there are more, the position where the next page starts. */
	Page page(PortalUserFilter filter, Instant now, int size) {
		var query = query(filter, now, size + 1, filter.hasQuery() && manyPatientsMatch(filter.getQ()));
		List<Keyed> keyed = this.jdbc.sql(query.sql())
			.params(query.params())
			.query((rs, n) -> new Keyed(row(rs, n), sortKey(rs, query.sort())))
			.list();
		String next = null;
		if (keyed.size() > size) {
			keyed = keyed.subList(0, size);
			Keyed last = keyed.get(size - 1);
			next = new Position(last.key(), last.row().id()).encode();
		}
		return new Page(withPatients(keyed.stream().map(Keyed::row).toList()), next);
	}

	/**
	 * Every matching row with its patients, one by one, in constant memory: the accounts joined with
	 * their grants arrive in order, and consecutive lines of one account are folded into one row.
	 */
	void forEach(PortalUserFilter filter, Instant now, Consumer<PortalUserRow> action) {
		var query = query(filter, now, 0, false);
		String sql = "SELECT m.*, g.access_type, p.id AS patient_id, p.mrn, p.first_name AS patient_first,"
				+ " p.last_name AS patient_last, " + SECTIONS + " AS sections FROM (" + query.sql() + ") m"
				+ " LEFT JOIN access_grant g ON g.portal_account_id = m.id LEFT JOIN patient p ON p.id = g.patient_id"
				+ " ORDER BY m.sort_key" + (query.sort().ascending() ? " ASC" : " DESC") + ", m.id"
				+ (query.sort().ascending() ? " ASC" : " DESC");
		var folding = new Object() {
			PortalUserRow current;

			List<PortalUserRow.PatientAccess> patients = new ArrayList<>();

			void flush() {
				if (this.current != null) {
					action.accept(this.current.withPatients(List.copyOf(this.patients)));
				}
			}
		};
		try (var lines = this.jdbc.sql(sql).params(query.params()).withFetchSize(1000).query((rs, n) -> {
			PortalUserRow row = row(rs, n);
			long patientId = rs.getLong("patient_id");
			PortalUserRow.PatientAccess access = rs.wasNull() ? null
					: new PortalUserRow.PatientAccess(patientId, rs.getString("mrn"),
							rs.getString("patient_last") + ", " + rs.getString("patient_first"),
							AccessType.valueOf(rs.getString("access_type")),
							PortalUserRow.PatientAccess.keys(rs.getString("sections")));
			return Map.entry(row, Optional.ofNullable(access));
		}).stream()) {
			lines.forEach((line) -> {
				if (folding.current == null || folding.current.id() != line.getKey().id()) {
					folding.flush();
					folding.current = line.getKey();
					folding.patients = new ArrayList<>();
				}
				line.getValue().ifPresent(folding.patients::add);
			});
		}
		folding.flush();
	}

	/** The ids of every matching account (for "all matching the filter"). */
	List<Long> ids(PortalUserFilter filter, Instant now) {
		var query = query(filter, now, 0, false);
		return this.jdbc.sql("SELECT id FROM (" + query.sql() + ") matching")
			.params(query.params())
			.query(Long.class)
			.list();
	}

	/** Whether at least {@link #walkFrom} patients have an MRN or name starting with the text. */
	private boolean manyPatientsMatch(String text) {
		return this.jdbc.sql("SELECT COUNT(*) FROM (" + MATCHING_PATIENTS + " FETCH FIRST " + this.walkFrom
				+ " ROWS ONLY) m")
			.param("prefix", prefix(text))
			.query(Long.class)
			.single() >= this.walkFrom;
	}

	/** The usernames of these accounts, for a confirmation page. */
	List<String> usernames(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT username FROM portal_account WHERE id IN (:ids) ORDER BY username_key")
			.param("ids", ids)
			.query(String.class)
			.list();
	}

	/**
	 * The query of a page ({@code limit} rows) or of every matching row ({@code limit} 0). A search
	 * for a page reads at most {@code limit} rows from each way of matching, each already in the
	 * page's order, and orders only those: sorting every match of a common name first would cost
	 * as many rows as there are matches.
	 */
	private Query query(PortalUserFilter filter, Instant now, int limit, boolean walk) {
		PortalUserSort sort = filter.getSort();
		var conditions = new ArrayList<String>();
		var params = new LinkedHashMap<String, Object>();
		if (filter.getStatus().condition() != null) {
			conditions.add(filter.getStatus().condition());
			if (filter.getStatus() == PortalUserStatus.LOCKED) {
				params.put("now", utc(now));
			}
		}
		if (filter.getTwoStep() != null) {
			conditions.add(filter.getTwoStep() ? "a.two_step = TRUE" : "a.two_step = FALSE");
		}
		Optional<Position> after = (limit > 0) ? Position.decode(filter.getAfter(), sort) : Optional.empty();
		after.ifPresent((position) -> {
			conditions.add("(" + sort.column() + ", a.id) " + (sort.ascending() ? ">" : "<") + " (:afterKey, :afterId)");
			params.put("afterKey", position.key());
			params.put("afterId", position.id());
		});
		String order = order(sort, "");
		if (filter.hasQuery()) {
			params.put("prefix", prefix(filter.getQ()));
			if (walk) {
				params.put("reach", PatientReach.pattern(filter.getQ()));
			}
			conditions.add(0, (limit > 0) ? searchFirstRows(sort, conditions, limit, walk) : SEARCH);
		}
		String sql = String.format(COLUMNS, sort.column())
				+ (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions)) + " ORDER BY " + order
				+ ((limit > 0) ? " FETCH FIRST " + limit + " ROWS ONLY" : "");
		return new Query(sql, params, sort);
	}

	/**
	 * The first {@code limit} matching accounts of each way of matching, under the same conditions.
	 * A prefix of an account's own key is read from its prefix index and sorted ({@code OFFSET 0}
	 * keeps the database from walking the order's index instead, which reads far more rows when the
	 * matches sort together, as a name search sorted by name does). Accounts reaching a patient are
	 * either collected and sorted, or, when many patients match ({@code walk}), met while walking
	 * accounts in the page's order with their reach keys.
	 */
	private static String searchFirstRows(PortalUserSort sort, List<String> conditions, int limit, boolean walk) {
		String rest = conditions.stream().map((condition) -> " AND " + condition).collect(Collectors.joining());
		String first = " FETCH FIRST " + limit + " ROWS ONLY";
		var branches = new ArrayList<String>();
		for (String key : ACCOUNT_KEYS) {
			branches.add("SELECT id FROM (SELECT m.id FROM (SELECT a.id, " + sort.column()
					+ " AS sort_key FROM portal_account a WHERE " + key + STARTS_WITH + rest
					+ " OFFSET 0 ROWS) m ORDER BY " + order(sort, "m.") + first + ") b");
		}
		String reaching = walk ? "a.reach_keys LIKE :reach ESCAPE '\\'" : "a.id IN (" + REACHING_PATIENT + ")";
		branches.add("SELECT id FROM (SELECT a.id FROM portal_account a WHERE " + reaching + rest + " ORDER BY "
				+ order(sort, "") + first + ") b");
		return "a.id IN (" + String.join(" UNION ALL ", branches) + ")";
	}

	/** The page order: the sort key, then the id; on the sort key already selected as {@code m.sort_key}. */
	private static String order(PortalUserSort sort, String alias) {
		String direction = sort.ascending() ? " ASC" : " DESC";
		return (alias.isEmpty() ? sort.column() : alias + "sort_key") + direction + ", " + (alias.isEmpty() ? "a." : alias)
				+ "id" + direction;
	}

	private List<PortalUserRow> withPatients(List<PortalUserRow> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<PortalUserRow.PatientAccess>> access = this.jdbc.sql(PATIENTS)
			.param("ids", rows.stream().map(PortalUserRow::id).toList())
			.query((rs, n) -> Map.entry(rs.getLong(1),
					new PortalUserRow.PatientAccess(rs.getLong(3), rs.getString(4),
							rs.getString(6) + ", " + rs.getString(5), AccessType.valueOf(rs.getString(2)),
							PortalUserRow.PatientAccess.keys(rs.getString(7)))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return rows.stream().map((row) -> row.withPatients(access.getOrDefault(row.id(), List.of()))).toList();
	}

	private static PortalUserRow row(ResultSet rs, int n) throws SQLException {
		return new PortalUserRow(rs.getLong("id"), rs.getString("username"), rs.getString("first_name"),
				rs.getString("last_name"), rs.getBoolean("enabled"), instant(rs, "locked_until"),
				rs.getBoolean("force_password_change"), rs.getBoolean("two_step"), instant(rs, "last_sign_in_at"),
				instant(rs, "created_at"),
				List.of());
	}

	private static Object sortKey(ResultSet rs, PortalUserSort sort) throws SQLException {
		return sort.temporal() ? rs.getObject("sort_key", OffsetDateTime.class) : rs.getString("sort_key");
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	static String prefix(String text) {
		String lower = text.strip().toLowerCase(Locale.ROOT);
		return lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/** A page of rows and the position after its last row ({@code null} on the last page). */
	record Page(List<PortalUserRow> rows, String next) {
	}

	private record Query(String sql, Map<String, Object> params, PortalUserSort sort) {
	}

	private record Keyed(PortalUserRow row, Object key) {
	}

	/** Where a page starts: after the row with this sort key and id. Encoded for the address. */
	record Position(Object key, long id) {

		String encode() {
			String text = ((this.key instanceof OffsetDateTime time) ? time.toInstant().toString() : this.key) + "\n"
					+ this.id;
			return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
		}

		/** Whether the address has a position that cannot be read (mistyped, or cut short). */
		static boolean unreadable(String encoded, PortalUserSort sort) {
			return encoded != null && !encoded.isBlank() && decode(encoded, sort).isEmpty();
		}

		/** The position in the address, or empty (the first page) when there is none or it cannot be read. */
		static Optional<Position> decode(String encoded, PortalUserSort sort) {
			if (encoded == null || encoded.isBlank()) {
				return Optional.empty();
			}
			try {
				String text = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
				int cut = text.lastIndexOf('\n');
				String key = text.substring(0, cut);
				long id = Long.parseLong(text.substring(cut + 1));
				Object value = sort.temporal() ? OffsetDateTime.ofInstant(Instant.parse(key), ZoneOffset.UTC) : key;
				return Optional.of(new Position(value, id));
			}
			catch (RuntimeException ex) {
				return Optional.empty();
			}
		}

	}

}
