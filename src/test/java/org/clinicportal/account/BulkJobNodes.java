package org.clinicportal.account;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.Executor;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk-action nodes for tests of any package: each with a clock fixed where the test says and an
 * executor the test holds, on the application's database.
 */
public final class BulkJobNodes {

	private final ApplicationContext context;

	private final JdbcClient jdbc;

	public BulkJobNodes(ApplicationContext context) {
		this.context = context;
		this.jdbc = context.getBean(JdbcClient.class);
	}

	/** A node whose clock stands at {@code now}; it runs the jobs it starts on {@code executor}. */
	BulkJobs at(Instant now, Executor executor) {
		return new BulkJobs(this.context.getBean(PortalUserActions.class), this.jdbc,
				this.context.getBean(TransactionTemplate.class), Clock.fixed(now, ZoneOffset.UTC), executor);
	}

	/** Sweeps as a node whose clock stands at {@code now}; returns how many jobs it marked failed. */
	public int sweepAt(Instant now) {
		return at(now, Runnable::run).failStale();
	}

	/** A job some node left running, with its last heartbeat at {@code heartbeat}; returns its id. */
	public String running(int total, int done, Instant heartbeat) {
		String id = UUID.randomUUID().toString();
		OffsetDateTime at = OffsetDateTime.ofInstant(heartbeat, ZoneOffset.UTC);
		this.jdbc.sql("""
				INSERT INTO bulk_job (id, action, total, done, changed, status, started_by, filter, created_at,
				    node_id, heartbeat_at)
				VALUES (?, 'DISABLE', ?, ?, ?, 'RUNNING', 'frontdesk', '/staff/portal-users?q=gone', ?, 'gone-node', ?)""")
			.params(id, total, done, done, at, at)
			.update();
		return id;
	}

	/** "STATUS FAILURE done/total" of a job. */
	public String describe(String id) {
		return this.jdbc.sql("SELECT status, failure, done, total FROM bulk_job WHERE id = ?")
			.param(id)
			.query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3) + "/" + rs.getInt(4))
			.single();
	}

}
