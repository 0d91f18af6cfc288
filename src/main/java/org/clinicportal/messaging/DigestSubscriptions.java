package org.clinicportal.messaging;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditDetail;
import org.clinicportal.audit.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff who asked for an hourly email of new messages in their pools, and where to send it. */
@Service
@Transactional
class DigestSubscriptions {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	DigestSubscriptions(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The address the staff user's digest goes to, if they asked for one. */
	@Transactional(readOnly = true)
	Optional<String> of(long staffId) {
		return this.jdbc.sql("SELECT email FROM message_digest_subscription WHERE staff_user_id = :staff")
			.param("staff", staffId)
			.query(String.class)
			.optional();
	}

	@Transactional(readOnly = true)
	List<Subscriber> all() {
		return this.jdbc.sql("SELECT staff_user_id, email FROM message_digest_subscription ORDER BY staff_user_id")
			.query((rs, n) -> new Subscriber(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** Sends the staff user's digest to this address from the next hour on. */
	void subscribe(long staffId, String email) {
		this.jdbc.sql("DELETE FROM message_digest_subscription WHERE staff_user_id = :staff")
			.param("staff", staffId)
			.update();
		this.jdbc.sql("INSERT INTO message_digest_subscription (staff_user_id, email, subscribed_at)"
				+ " VALUES (:staff, :email, :now)")
			.param("staff", staffId)
			.param("email", email.strip())
			.param("now", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
		this.audit.recordCoded(AuditAction.MESSAGE_DIGEST_CHANGED, null, AuditDetail.of("audit.detail.digestOn", staffId));
	}

	void unsubscribe(long staffId) {
		if (this.jdbc.sql("DELETE FROM message_digest_subscription WHERE staff_user_id = :staff")
			.param("staff", staffId)
			.update() > 0) {
			this.audit.recordCoded(AuditAction.MESSAGE_DIGEST_CHANGED, null, AuditDetail.of("audit.detail.digestOff", staffId));
		}
	}

	/**
	 * A staff user who gets the digest.
	 *
	 * @param staffId the staff user
	 * @param email where to send it
	 */
	record Subscriber(long staffId, String email) {
	}

}
