package org.clinicportal.account;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a bulk action on many accounts in the background, a chunk per transaction, recording its
 * progress in {@code bulk_job} so that the progress page can be served by any node.
 */
@Component
class BulkJobs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(BulkJobs.class);

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		var thread = new Thread(task, "bulk-actions");
		thread.setDaemon(true);
		return thread;
	});

	private final PortalUserActions actions;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	BulkJobs(PortalUserActions actions, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.actions = actions;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Starts the action on the accounts; returns the job's id at once. */
	String start(PortalUserAction action, List<Long> accountIds, String filter) {
		String id = UUID.randomUUID().toString();
		SecurityContext staff = SecurityContextHolder.getContext();
		this.jdbc.sql("""
				INSERT INTO bulk_job (id, action, total, done, changed, status, started_by, filter, created_at)
				VALUES (:id, :action, :total, 0, 0, 'RUNNING', :staff, :filter, :now)""")
			.param("id", id)
			.param("action", action.name())
			.param("total", accountIds.size())
			.param("staff", staff.getAuthentication().getName())
			.param("filter", (filter.length() > 1000) ? filter.substring(0, 1000) : filter)
			.param("now", utc(Instant.now(this.clock)))
			.update();
		this.executor.execute(() -> run(id, action, List.copyOf(accountIds), staff));
		return id;
	}

	Optional<BulkJob> find(String id) {
		return this.jdbc.sql("SELECT id, action, total, done, changed, status FROM bulk_job WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new BulkJob(rs.getString(1), PortalUserAction.valueOf(rs.getString(2)), rs.getInt(3),
					rs.getInt(4), rs.getInt(5), rs.getString(6)))
			.optional();
	}

	private void run(String id, PortalUserAction action, List<Long> ids, SecurityContext staff) {
		// The audit trail names the staff user who started the job.
		SecurityContextHolder.setContext(staff);
		try {
			for (int from = 0; from < ids.size(); from += PortalUserActions.CHUNK) {
				List<Long> chunk = ids.subList(from, Math.min(from + PortalUserActions.CHUNK, ids.size()));
				int done = from + chunk.size();
				this.transactions.executeWithoutResult((tx) -> {
					int changed = this.actions.apply(action, chunk);
					this.jdbc.sql("UPDATE bulk_job SET done = :done, changed = changed + :changed WHERE id = :id")
						.param("done", done)
						.param("changed", changed)
						.param("id", id)
						.update();
				});
			}
			finish(id, "DONE");
		}
		catch (RuntimeException ex) {
			log.warn("Bulk action {} stopped: {}", id, ex.toString());
			finish(id, "FAILED");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void finish(String id, String status) {
		this.jdbc.sql("UPDATE bulk_job SET status = :status, finished_at = :now WHERE id = :id")
			.param("status", status)
			.param("now", utc(Instant.now(this.clock)))
			.param("id", id)
			.update();
	}

	@Override
	public void destroy() {
		this.executor.shutdown();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/** A bulk action's progress. */
	record BulkJob(String id, PortalUserAction action, int total, int done, int changed, String status) {

		public boolean finished() {
			return !"RUNNING".equals(this.status);
		}

		public int percent() {
			return (this.total == 0) ? 100 : (int) (100L * this.done / this.total);
		}

	}

}
