package org.clinicportal.account;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a bulk action on many accounts in the background, a chunk per transaction, recording its
 * progress in {@code bulk_job} so that the progress page can be served by any node. Each chunk
 * commits only while the job is still running, and writes a heartbeat; a job whose heartbeat stops
 * (its node died) is marked failed by a sweep on any node, once, and its node, should it come back,
 * cannot go on with it.
 */
@Component
@EnableScheduling
class BulkJobs implements DisposableBean {

	/** A running job whose heartbeat is older than this has lost its node: a chunk takes seconds. */
	static final Duration STALE_AFTER = Duration.ofMinutes(2);

	/** Why a job failed: its server stopped. */
	static final String STOPPED = "STOPPED";

	/** Why a job failed: an error stopped it. */
	static final String ERROR = "ERROR";

	private static final Logger log = LoggerFactory.getLogger(BulkJobs.class);

	private static final String HEARTBEAT = """
			UPDATE bulk_job SET done = :done, changed = changed + :changed, heartbeat_at = :now
			WHERE id = :id AND status = 'RUNNING'""";

	private static final String FAIL_STALE = """
			UPDATE bulk_job SET status = 'FAILED', failure = 'STOPPED', finished_at = :now
			WHERE id = :id AND status = 'RUNNING' AND heartbeat_at < :stale""";

	private final PortalUserActions actions;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Executor executor;

	/** This node, as named in the jobs it runs: process id, host and a random part. */
	private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ UUID.randomUUID().toString().substring(0, 8);

	@Autowired
	BulkJobs(PortalUserActions actions, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this(actions, jdbc, transactions, clock, Executors.newSingleThreadExecutor((task) -> {
			var thread = new Thread(task, "bulk-actions");
			thread.setDaemon(true);
			return thread;
		}));
	}

	/** With the executor that runs the jobs (tests run them when they choose). */
	BulkJobs(PortalUserActions actions, JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
			Executor executor) {
		this.actions = actions;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.executor = executor;
	}

	/** Starts the action on the accounts; returns the job's id at once. */
	String start(PortalUserAction action, List<Long> accountIds, String filter) {
		String id = UUID.randomUUID().toString();
		SecurityContext staff = SecurityContextHolder.getContext();
		this.jdbc.sql("""
				INSERT INTO bulk_job (id, action, total, done, changed, status, started_by, filter, created_at,
				    node_id, heartbeat_at)
				VALUES (:id, :action, :total, 0, 0, 'RUNNING', :staff, :filter, :now, :node, :now)""")
			.param("id", id)
			.param("action", action.name())
			.param("total", accountIds.size())
			.param("staff", staff.getAuthentication().getName())
			.param("filter", (filter.length() > 1000) ? filter.substring(0, 1000) : filter)
			.param("now", now())
			.param("node", this.node)
			.update();
		this.executor.execute(() -> run(id, action, List.copyOf(accountIds), staff));
		return id;
	}

	Optional<BulkJob> find(String id) {
		return this.jdbc
			.sql("SELECT id, action, total, done, changed, status, failure, filter FROM bulk_job WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new BulkJob(rs.getString(1), PortalUserAction.valueOf(rs.getString(2)), rs.getInt(3),
					rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8)))
			.optional();
	}

	/** Every minute, on every node: fails the jobs whose node stopped. */
	@Scheduled(initialDelayString = "PT10S", fixedDelayString = "PT1M")
	void sweep() {
		failStale();
	}

	/**
	 * Marks failed the running jobs whose heartbeat is older than {@link #STALE_AFTER}. Each is taken
	 * by one conditional update, so of several nodes sweeping at once only one fails it.
	 * @return how many jobs this call marked failed
	 */
	int failStale() {
		OffsetDateTime now = now();
		OffsetDateTime stale = now.minus(STALE_AFTER);
		List<String> candidates = this.jdbc
			.sql("SELECT id FROM bulk_job WHERE status = 'RUNNING' AND heartbeat_at < :stale")
			.param("stale", stale)
			.query(String.class)
			.list();
		int failed = 0;
		for (String id : candidates) {
			if (this.jdbc.sql(FAIL_STALE).param("now", now).param("id", id).param("stale", stale).update() == 1) {
				failed++;
				log.warn("Bulk action {} stopped with its server: no heartbeat for over {}", id, STALE_AFTER);
			}
		}
		return failed;
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
					int running = this.jdbc.sql(HEARTBEAT)
						.param("done", done)
						.param("changed", changed)
						.param("now", now())
						.param("id", id)
						.update();
					if (running == 0) {
						throw new JobNoLongerRunning();
					}
				});
			}
			finish(id, "DONE", null);
		}
		catch (JobNoLongerRunning ex) {
			log.warn("Bulk action {} was marked failed while it ran (no heartbeat for too long); last chunk undone", id);
		}
		catch (RuntimeException ex) {
			log.warn("Bulk action {} stopped: {}", id, ex.toString());
			finish(id, "FAILED", ERROR);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void finish(String id, String status, String failure) {
		this.jdbc.sql("UPDATE bulk_job SET status = :status, failure = :failure, finished_at = :now"
				+ " WHERE id = :id AND status = 'RUNNING'")
			.param("status", status)
			.param("failure", failure, java.sql.Types.VARCHAR)
			.param("now", now())
			.param("id", id)
			.update();
	}

	/** Stops running jobs; those of this node that were still running are failed at once, not after a sweep. */
	@Override
	public void destroy() {
		if (this.executor instanceof ExecutorService service) {
			service.shutdown();
		}
		try {
			int stopped = this.jdbc.sql("UPDATE bulk_job SET status = 'FAILED', failure = 'STOPPED', finished_at = :now"
					+ " WHERE status = 'RUNNING' AND node_id = :node")
				.param("now", now())
				.param("node", this.node)
				.update();
			if (stopped > 0) {
				log.warn("{} bulk action(s) stopped with this server", stopped);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not mark this server's running bulk actions as stopped: {}", ex.toString());
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(Instant.now(this.clock), ZoneOffset.UTC);
	}

	/** Undoes a chunk whose job was marked failed meanwhile. */
	private static final class JobNoLongerRunning extends RuntimeException {

		JobNoLongerRunning() {
			super(null, null, false, false);
		}

	}

}
