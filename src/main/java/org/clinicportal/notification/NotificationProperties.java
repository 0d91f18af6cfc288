package org.clinicportal.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Email settings ({@code clinic.mail.*}); the SMTP server itself is configured with
 * {@code spring.mail.*}.
 *
 * @param from the sender address; the clinic's name is its display name
 * @param pollInterval how often each node looks for due messages (a commit that queues mail also
 * wakes the local dispatcher at once)
 * @param batchSize how many messages a dispatcher claims and sends over one SMTP connection
 * @param firstRetry the wait after the first failed attempt; it doubles after each further one
 * @param maxRetryDelay the longest wait between two attempts
 * @param giveUpAfter how long after queueing a message that still fails is marked failed
 * @param lease how long a claimed message stays with the node that claimed it; after that another
 * node may send it (the claiming node is taken to have died)
 * @param dispatcherEnabled whether this node sends mail at all
 */
@ConfigurationProperties("clinic.mail")
record NotificationProperties(@DefaultValue("no-reply@localhost") String from,
		@DefaultValue("5s") Duration pollInterval, @DefaultValue("50") int batchSize,
		@DefaultValue("15s") Duration firstRetry, @DefaultValue("15m") Duration maxRetryDelay,
		@DefaultValue("24h") Duration giveUpAfter, @DefaultValue("5m") Duration lease,
		@DefaultValue("true") boolean dispatcherEnabled) {

	/** The wait before the next attempt after {@code attempts} failed ones: doubling, capped. */
	Duration retryDelay(int attempts) {
		Duration delay = this.firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
		return (delay.compareTo(this.maxRetryDelay) > 0) ? this.maxRetryDelay : delay;
	}

}
