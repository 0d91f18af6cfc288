package org.clinicportal.notification;

import java.time.Instant;
import java.util.Collection;

import org.clinicportal.notification.EmailTransport.DeliveryFailure;

import org.springframework.stereotype.Component;

/**
 * What this node's dispatcher last saw of the mail server, kept in memory from its attempts: the
 * Outbox page shows it without opening an SMTP connection of its own. Empty until the first
 * attempt after start, and on a node whose dispatcher is off.
 */
@Component
class MailServerState {

	private volatile Seen seen = new Seen(null, null, null, null);

	/** Records the outcome of one batch: how many messages the server took, and the failures. */
	synchronized void record(Instant at, int sent, Collection<DeliveryFailure> failures) {
		Seen now = this.seen;
		Boolean reachable = now.reachable();
		Instant lastSentAt = now.lastSentAt();
		DeliveryFailure lastFailure = now.lastFailure();
		Instant lastFailureAt = now.lastFailureAt();
		if (sent > 0) {
			reachable = true;
			lastSentAt = at;
		}
		for (DeliveryFailure failure : failures) {
			lastFailure = failure;
			lastFailureAt = at;
			Boolean says = failure.kind().serverReachable();
			if (says != null && (sent == 0 || says)) {
				reachable = says;
			}
		}
		this.seen = new Seen(reachable, lastSentAt, lastFailure, lastFailureAt);
	}

	Seen seen() {
		return this.seen;
	}

	/**
	 * The server as last seen.
	 *
	 * @param reachable whether the last attempt reached it; {@code null} when none has said yet
	 * @param lastSentAt when it last took a message
	 * @param lastFailure the last failure, its text without addresses
	 * @param lastFailureAt when that failure happened
	 */
	record Seen(Boolean reachable, Instant lastSentAt, DeliveryFailure lastFailure, Instant lastFailureAt) {

		/** Whether any attempt has been made since this node started. */
		public boolean known() {
			return this.lastSentAt != null || this.lastFailureAt != null;
		}

	}

}
