package org.clinicportal.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.clinicportal.system.Paging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The outbox table. A message is claimed by setting a claim token and pushing its due time out by
 * the lease: the due rows are selected {@code FOR UPDATE SKIP LOCKED} (PostgreSQL and H2 both
 * support it) and the claiming UPDATE only takes rows that are still due, so two dispatchers never
 * hold the same message even where locks are not skipped. A node that dies while sending leaves
 * its messages to be claimed again when the lease ends.
 */
@Repository
class Outbox {

	static final String SMTP = "SMTP";

	static final String MAILBOX = "MAILBOX";

	private static final String INSERT = """
			INSERT INTO outbox_email (recipient, subject, text_body, html_body, template, locale, status, attempts,
			    created_at, give_up_at, next_attempt_at)
			VALUES (:recipient, :subject, :text, :html, :template, :locale, 'QUEUED', 0, :now, :giveUpAt, :now)
			""";

	private static final String SELECT_DUE = """
			SELECT id FROM outbox_email WHERE next_attempt_at <= :now
			ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED
			""";

	private static final String CLAIM = """
			UPDATE outbox_email SET claim_token = :token, next_attempt_at = :leaseUntil, attempts = attempts + 1,
			    last_attempt_at = :now
			WHERE id IN (:ids) AND next_attempt_at <= :now AND status IN ('QUEUED', 'RETRYING')
			""";

	private static final String SELECT_CLAIMED = """
			SELECT id, claim_token, recipient, subject, text_body, html_body, attempts, give_up_at
			FROM outbox_email WHERE id IN (:ids) AND claim_token = :token ORDER BY id
			""";

	private static final String MARK_SENT = """
			UPDATE outbox_email SET status = 'SENT', sent_at = :now, next_attempt_at = NULL, claim_token = NULL,
			    last_error = NULL, transport = :transport
			WHERE id IN (:ids) AND claim_token = :token
			""";

	// A sent message's content is dropped: its links may still work, and nobody needs it again.
	private static final String MARK_SENT_DROPPING_CONTENT = """
			UPDATE outbox_email SET status = 'SENT', sent_at = :now, next_attempt_at = NULL, claim_token = NULL,
			    last_error = NULL, transport = :transport, text_body = NULL, html_body = NULL
			WHERE id IN (:ids) AND claim_token = :token
			""";

	private static final String MARK_FAILED_ATTEMPT = """
			UPDATE outbox_email SET status = :status, next_attempt_at = :next, last_error = :error, claim_token = NULL
			WHERE id = :id AND claim_token = :token
			""";

	private static final String RETRY = """
			UPDATE outbox_email SET status = 'QUEUED', next_attempt_at = :now, give_up_at = :giveUpAt
			WHERE id = :id AND status = 'FAILED'
			""";

	private static final String COLUMNS = """
			SELECT id, recipient, subject, status, attempts, last_error, created_at, last_attempt_at, next_attempt_at,
			    sent_at, transport, template, locale
			""";

	private final JdbcClient jdbc;

	private final TransactionOperations transactions;

	private final OutboxAttachments attachments;

	Outbox(JdbcClient jdbc, TransactionOperations transactions, OutboxAttachments attachments) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.attachments = attachments;
	}

	/** Stores a message, in the caller's transaction if there is one; returns its id. */
	long add(OutgoingEmail email, RenderedEmail rendered, Instant now, Instant giveUpAt) {
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc.sql(INSERT)
			.param("recipient", email.recipient())
			.param("subject", truncate(rendered.subject(), 300))
			.param("text", rendered.text())
			.param("html", rendered.html())
			.param("template", email.template())
			.param("locale", email.locale().toLanguageTag())
			.param("now", utc(now))
			.param("giveUpAt", utc(giveUpAt))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		this.attachments.add(id, email.attachments());
		return id;
	}

	/** Claims up to {@code limit} due messages until {@code leaseUntil}, in a transaction of its own. */
	List<ClaimedEmail> claim(int limit, Instant now, Instant leaseUntil) {
		return this.transactions.execute((status) -> {
			List<Long> ids = this.jdbc.sql(SELECT_DUE)
				.param("now", utc(now))
				.param("limit", limit)
				.query(Long.class)
				.list();
			if (ids.isEmpty()) {
				return List.of();
			}
			String token = UUID.randomUUID().toString();
			this.jdbc.sql(CLAIM)
				.param("token", token)
				.param("leaseUntil", utc(leaseUntil))
				.param("now", utc(now))
				.param("ids", ids)
				.update();
			return this.attachments.attachedTo(this.jdbc.sql(SELECT_CLAIMED)
				.param("ids", ids)
				.param("token", token)
				.query((rs, row) -> new ClaimedEmail(rs.getLong("id"), rs.getString("claim_token"),
						rs.getString("recipient"), rs.getString("subject"), rs.getString("text_body"),
						rs.getString("html_body"), rs.getInt("attempts"), instant(rs, "give_up_at")))
				.list());
		});
	}

	/** Records that these claimed messages were sent (or kept in the mailbox). */
	void markSent(List<Long> ids, String token, Instant now, String transport) {
		if (ids.isEmpty()) {
			return;
		}
		if (this.jdbc.sql(MAILBOX.equals(transport) ? MARK_SENT : MARK_SENT_DROPPING_CONTENT)
			.param("now", utc(now))
			.param("transport", transport)
			.param("ids", ids)
			.param("token", token)
			.update() > 0 && !MAILBOX.equals(transport)) {
			this.attachments.dropContent(ids);
		}
	}

	/** Records a failed attempt: to be tried again at {@code next}, or failed for good when it is null. */
	void markFailedAttempt(long id, String token, Instant next, String error) {
		this.jdbc.sql(MARK_FAILED_ATTEMPT)
			.param("status", (next != null) ? OutboxStatus.RETRYING.name() : OutboxStatus.FAILED.name())
			.param("next", (next != null) ? utc(next) : null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
			.param("error", truncate(EmailTransport.DeliveryFailure.withoutAddresses(error), 1000))
			.param("id", id)
			.param("token", token)
			.update();
	}

	/** Queues a failed message again; false when it is not (or no longer) failed. */
	boolean retry(long id, Instant now, Instant giveUpAt) {
		return this.jdbc.sql(RETRY)
			.param("now", utc(now))
			.param("giveUpAt", utc(giveUpAt))
			.param("id", id)
			.update() == 1;
	}

	/** A page of messages, newest first, with the given status or any. */
	Paging.Rows<OutboxEntry> page(OutboxStatus status, Paging paging) {
		return (status != null) ? page("WHERE status = :value ", status.name(), paging) : page("", null, paging);
	}

	/** A page of the messages kept in the Dev Mailbox, newest first. */
	Paging.Rows<OutboxEntry> mailbox(Paging paging) {
		return page("WHERE transport = :value ", MAILBOX, paging);
	}

	private Paging.Rows<OutboxEntry> page(String where, String value, Paging paging) {
		var query = this.jdbc.sql(COLUMNS + ", NULL AS text_body, NULL AS html_body FROM outbox_email " + where
				+ "ORDER BY id DESC LIMIT :limit OFFSET :offset");
		if (value != null) {
			query = query.param("value", value);
		}
		return paging.rows(query.param("limit", paging.limit()).param("offset", paging.offset()).query(Outbox::entry).list());
	}

	/** A message with its content. */
	Optional<OutboxEntry> find(long id) {
		return this.jdbc.sql(COLUMNS + ", text_body, html_body FROM outbox_email WHERE id = :id")
			.param("id", id)
			.query(Outbox::entry)
			.optional();
	}

	/** How many messages have each status. */
	Map<OutboxStatus, Long> counts() {
		Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
		for (OutboxStatus status : OutboxStatus.values()) {
			counts.put(status, 0L);
		}
		this.jdbc.sql("SELECT status, COUNT(*) AS n FROM outbox_email GROUP BY status")
			.query((rs) -> {
				counts.put(OutboxStatus.valueOf(rs.getString("status")), rs.getLong("n"));
			});
		return counts;
	}

	/** When the oldest message still to be sent (queued or retrying) was queued. */
	Optional<Instant> oldestPending() {
		return this.jdbc.sql("SELECT MIN(created_at) AS oldest FROM outbox_email WHERE status IN ('QUEUED', 'RETRYING')")
			.query((rs, row) -> Optional.ofNullable(instant(rs, "oldest")))
			.single();
	}

	private static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
		return new OutboxEntry(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
				OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
				EmailTransport.DeliveryFailure.withoutAddresses(rs.getString("last_error")),
				instant(rs, "created_at"), instant(rs, "last_attempt_at"), instant(rs, "next_attempt_at"),
				instant(rs, "sent_at"), rs.getString("transport"), rs.getString("template"), rs.getString("locale"),
				rs.getString("text_body"), rs.getString("html_body"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	// Both databases keep microseconds and round away the rest, which could put a message's due
	// time a fraction after the "now" it was stored at; truncating keeps the two comparable.
	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
	}

	private static String truncate(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

}
