package org.clinicportal.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditDetail;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.messaging.DigestSubscriptions.Subscriber;
import org.clinicportal.notification.Notifications;
import org.clinicportal.notification.OutgoingEmail;
import org.clinicportal.staff.StaffDirectory;
import org.clinicportal.staff.StaffMember;

import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hourly digest for staff who asked for it: how many messages from patients arrived in each of
 * their pools in the last full hour, and a link to the inbox; nothing about who wrote or what. Every
 * node looks now and then; the node whose insert of the hour's row succeeds sends that hour's emails,
 * in the same transaction, so an hour is sent once or, if that node fails, by another node later.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MessageDigest {

	static final String TEMPLATE = "messageDigest";

	static final String INBOX = "/staff/messages";

	private static final String CLAIM = """
			INSERT INTO message_digest_hour (hour_start, claimed_at, emails)
			SELECT :hour, :now, 0 WHERE NOT EXISTS (SELECT 1 FROM message_digest_hour WHERE hour_start = :hour)
			""";

	private static final String COUNTS = """
			SELECT c.pool_id, COUNT(*) FROM message m JOIN conversation c ON c.id = m.conversation_id
			WHERE m.sent_at >= :from AND m.sent_at < :to AND m.kind = 'PATIENT'
			GROUP BY c.pool_id
			""";

	private final JdbcClient jdbc;

	private final DigestSubscriptions subscriptions;

	private final Pools pools;

	private final Notifications notifications;

	private final StaffDirectory staff;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	MessageDigest(JdbcClient jdbc, DigestSubscriptions subscriptions, Pools pools, Notifications notifications,
			StaffDirectory staff,
			AuditTrail audit, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.subscriptions = subscriptions;
		this.pools = pools;
		this.notifications = notifications;
		this.staff = staff;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${clinic.messages.digest-check:PT5M}",
			fixedDelayString = "${clinic.messages.digest-check:PT5M}")
	void scheduled() {
		sendLastHour();
	}

	/**
	 * Sends the digest of the last full hour unless some node has; returns how many emails this node
	 * queued, or -1 when the hour was sent already.
	 */
	int sendLastHour() {
		return send(this.clock.instant().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(1)));
	}

	/** Sends the digest of the hour that starts then, unless some node has; -1 when one has. */
	int send(Instant hour) {
		try {
			Integer sent = this.transactions.execute((status) -> claimAndSend(hour));
			return (sent != null) ? sent : -1;
		}
		catch (DuplicateKeyException ex) {
			return -1; // another node claimed the hour at the same moment
		}
	}

	private Integer claimAndSend(Instant hour) {
		if (this.jdbc.sql(CLAIM).param("hour", utc(hour)).param("now", utc(this.clock.instant())).update() == 0) {
			return null;
		}
		Map<Long, Long> counts = new LinkedHashMap<>();
		this.jdbc.sql(COUNTS)
			.param("from", utc(hour))
			.param("to", utc(hour.plus(Duration.ofHours(1))))
			.query((rs) -> {
				counts.put(rs.getLong(1), rs.getLong(2));
			});
		int emails = 0;
		for (Subscriber subscriber : counts.isEmpty() ? List.<Subscriber>of() : this.subscriptions.all()) {
			List<PoolCount> theirs = this.pools.of(subscriber.staffId())
				.stream()
				.filter((pool) -> counts.containsKey(pool.id()))
				.map((pool) -> new PoolCount(pool.name(), counts.get(pool.id())))
				.toList();
			if (!theirs.isEmpty()) {
				long total = theirs.stream().mapToLong(PoolCount::count).sum();
				String reader = this.staff.byId(subscriber.staffId()).map(StaffMember::username).orElse(null);
				this.notifications.queue(OutgoingEmail.to(reader, subscriber.email(), TEMPLATE,
						Map.of("pools", theirs, "total", total, "path", INBOX)));
				emails++;
			}
		}
		this.jdbc.sql("UPDATE message_digest_hour SET emails = :emails WHERE hour_start = :hour")
			.param("emails", emails)
			.param("hour", utc(hour))
			.update();
		this.audit.recordCoded(AuditTrail.SYSTEM, AuditAction.MESSAGE_DIGEST_SENT, null,
				AuditDetail.of("audit.detail.digestSent", hour, emails), null);
		return emails;
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/**
	 * A pool and how many new messages it had, as the digest lists them.
	 *
	 * @param pool the pool's name
	 * @param count its new messages from patients in the hour
	 */
	record PoolCount(String pool, long count) {
	}

}
