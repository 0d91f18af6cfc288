package org.clinicportal.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditDetail;
import org.clinicportal.audit.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic's message pools and who belongs to each: the one place where they are configured.
 * Staff read and answer the conversations of the pools they belong to; administrators change pools.
 */
@Service
@Transactional
class Pools {

	private static final String COLUMNS = "SELECT id, name, description, offered, position FROM message_pool";

	private static final String ORDER = " ORDER BY position, id";

	private static final String OF_STAFF = COLUMNS
			+ " WHERE id IN (SELECT pool_id FROM message_pool_member WHERE staff_user_id = :staff)" + ORDER;

	private static final String INSERT = """
			INSERT INTO message_pool (name, description, offered, position)
			VALUES (:name, :description, :offered, (SELECT COALESCE(MAX(position), 0) + 10 FROM message_pool))
			""";

	private static final String UPDATE = """
			UPDATE message_pool SET name = :name, description = :description, offered = :offered WHERE id = :id
			""";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	Pools(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	List<Pool> all() {
		return this.jdbc.sql(COLUMNS + ORDER).query(Pools::pool).list();
	}

	/** The pools the portal offers for a new message. */
	@Transactional(readOnly = true)
	List<Pool> offered() {
		return all().stream().filter(Pool::offered).toList();
	}

	@Transactional(readOnly = true)
	Optional<Pool> find(long id) {
		return this.jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id).query(Pools::pool).optional();
	}

	/** The pools a staff user belongs to, and so whose conversations they read and answer. */
	@Transactional(readOnly = true)
	List<Pool> of(long staffId) {
		return this.jdbc.sql(OF_STAFF).param("staff", staffId).query(Pools::pool).list();
	}

	@Transactional(readOnly = true)
	boolean isMember(long staffId, long poolId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM message_pool_member WHERE pool_id = :pool AND staff_user_id = :staff")
			.param("pool", poolId)
			.param("staff", staffId)
			.query(Integer.class)
			.single() > 0;
	}

	/** The ids of the pool's members. */
	@Transactional(readOnly = true)
	Set<Long> members(long poolId) {
		return Set.copyOf(this.jdbc.sql("SELECT staff_user_id FROM message_pool_member WHERE pool_id = :pool")
			.param("pool", poolId)
			.query(Long.class)
			.list());
	}

	/** Whether a pool of this name exists, other than the pool with the given id. */
	@Transactional(readOnly = true)
	boolean nameTaken(String name, Long exceptId) {
		return all().stream()
			.anyMatch((pool) -> pool.name().equalsIgnoreCase(name.strip()) && !Long.valueOf(pool.id()).equals(exceptId));
	}

	long create(String name, String description) {
		var keys = new GeneratedKeyHolder();
		this.jdbc.sql(INSERT)
			.param("name", name.strip())
			.param("description", blankToNull(description))
			.param("offered", true)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		this.audit.recordCoded(AuditAction.MESSAGE_POOL_CHANGED, null,
				AuditDetail.of("audit.detail.poolCreated", id, name.strip()));
		return id;
	}

	/** Renames the pool, says whether the portal offers it, and makes exactly these staff its members. */
	void update(long id, String name, String description, boolean offered, Collection<Long> memberIds) {
		this.jdbc.sql(UPDATE)
			.param("id", id)
			.param("name", name.strip())
			.param("description", blankToNull(description))
			.param("offered", offered)
			.update();
		Set<Long> before = members(id);
		Set<Long> after = Set.copyOf(memberIds);
		before.stream().filter((staff) -> !after.contains(staff)).forEach((staff) -> this.jdbc
			.sql("DELETE FROM message_pool_member WHERE pool_id = :pool AND staff_user_id = :staff")
			.param("pool", id)
			.param("staff", staff)
			.update());
		after.stream().filter((staff) -> !before.contains(staff)).forEach((staff) -> addMember(id, staff));
		this.audit.recordCoded(AuditAction.MESSAGE_POOL_CHANGED, null, AuditDetail
			.of(offered ? "audit.detail.poolOffered" : "audit.detail.poolNotOffered", id, name.strip(), after.size()));
	}

	void addMember(long poolId, long staffId) {
		this.jdbc.sql("INSERT INTO message_pool_member (pool_id, staff_user_id) VALUES (:pool, :staff)")
			.param("pool", poolId)
			.param("staff", staffId)
			.update();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static Pool pool(ResultSet rs, int n) throws SQLException {
		return new Pool(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getInt(5));
	}

}
