package org.clinicportal.notification;

import java.util.ServiceConfigurationError;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the dispatcher on a thread of its own: every poll interval, and at once when a local commit
 * queued mail. Started last and stopped first, so it never works on a closing database.
 */
@Component
class OutboxScheduler implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxScheduler.class);

	private final OutboxDispatcher dispatcher;

	private final NotificationProperties properties;

	private final AtomicBoolean wakeUpPending = new AtomicBoolean();

	private volatile ScheduledExecutorService executor;

	OutboxScheduler(OutboxDispatcher dispatcher, NotificationProperties properties) {
		this.dispatcher = dispatcher;
		this.properties = properties;
	}

	@Override
	public void start() {
		if (!this.properties.dispatcherEnabled()) {
			log.info("Email dispatcher disabled on this node (clinic.mail.dispatcher-enabled=false)");
			return;
		}
		this.executor = Executors.newSingleThreadScheduledExecutor((task) -> new Thread(task, "outbox-dispatcher"));
		this.executor.scheduleWithFixedDelay(this::dispatch, 0, this.properties.pollInterval().toMillis(),
				TimeUnit.MILLISECONDS);
	}

	/** Asks for a dispatch soon, without waiting for the next poll; calls made meanwhile fold into one. */
	void wakeUp() {
		ScheduledExecutorService current = this.executor;
		if (current != null && this.wakeUpPending.compareAndSet(false, true)) {
			try {
				current.execute(() -> {
					this.wakeUpPending.set(false);
					dispatch();
				});
			}
			catch (RejectedExecutionException ex) {
				this.wakeUpPending.set(false);
			}
		}
	}

	private void dispatch() {
		try {
			this.dispatcher.dispatchDue();
		}
		catch (RuntimeException | LinkageError | ServiceConfigurationError ex) {
			// The messages stay stored; the next poll tries again. (A task that throws would
			// never be scheduled again.)
			log.warn("Email dispatch failed, trying again in {}", this.properties.pollInterval(), ex);
		}
	}

	@Override
	public void stop() {
		ScheduledExecutorService current = this.executor;
		this.executor = null;
		if (current != null) {
			current.shutdown();
			try {
				current.awaitTermination(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

}
