package org.clinicportal.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.clinicportal.notification.EmailTransport.DeliveryFailure;

import org.springframework.stereotype.Component;

/**
 * Sends due messages: claims a batch, hands it to the transport, records each result. A failed
 * message is tried again after a doubling wait (15 s, 30 s, ... capped at 15 min) until a day after
 * it was queued; then, or at once for a permanent error, it is marked failed.
 */
@Component
class OutboxDispatcher {

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	private final Outbox outbox;

	private final EmailTransport transport;

	private final NotificationProperties properties;

	private final MailServerState server;

	private final Clock clock;

	OutboxDispatcher(Outbox outbox, EmailTransport transport, NotificationProperties properties,
			MailServerState server, Clock clock) {
		this.outbox = outbox;
		this.transport = transport;
		this.properties = properties;
		this.server = server;
		this.clock = clock;
	}

	/** Sends batches until no full batch is due any more; returns how many messages were handled. */
	int dispatchDue() {
		int total = 0;
		int handled;
		do {
			handled = dispatchBatch();
			total += handled;
		}
		while (handled == this.properties.batchSize());
		return total;
	}

	/** Claims and sends one batch; returns its size. */
	int dispatchBatch() {
		Instant now = this.clock.instant();
		List<ClaimedEmail> batch = this.outbox.claim(this.properties.batchSize(), now, now.plus(this.properties.lease()));
		if (batch.isEmpty()) {
			return 0;
		}
		Map<Long, DeliveryFailure> failures = send(batch);
		Instant done = this.clock.instant();
		String token = batch.get(0).claimToken();
		List<Long> sent = batch.stream().map(ClaimedEmail::id).filter((id) -> !failures.containsKey(id)).toList();
		this.outbox.markSent(sent, token, done, this.transport.name());
		this.server.record(done, sent.size(), failures.values());
		for (ClaimedEmail email : batch) {
			DeliveryFailure failure = failures.get(email.id());
			if (failure != null) {
				Instant next = nextAttempt(email, failure, done);
				this.outbox.markFailedAttempt(email.id(), token, next, failure.error());
				// Never the recipient: the id leads to it on the Outbox page, and the error's text has no address.
				log.info("Email {} not sent (attempt {}, {}), {}: {}", email.id(), email.attempts(), failure.kind(),
						(next != null) ? "trying again at " + next : "giving up", failure.error());
			}
		}
		return batch.size();
	}

	private Map<Long, DeliveryFailure> send(List<ClaimedEmail> batch) {
		try {
			return this.transport.send(batch);
		}
		catch (RuntimeException ex) {
			// Record the failure now rather than leave the batch claimed until its lease ends.
			var failure = MailFailures.ofBatch(ex);
			return batch.stream().collect(Collectors.toMap(ClaimedEmail::id, (email) -> failure));
		}
	}

	private Instant nextAttempt(ClaimedEmail email, DeliveryFailure failure, Instant now) {
		if (failure.permanent()) {
			return null;
		}
		Instant next = now.plus(this.properties.retryDelay(email.attempts()));
		return next.isAfter(email.giveUpAt()) ? null : next;
	}

}
