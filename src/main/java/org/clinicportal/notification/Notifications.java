package org.clinicportal.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The way to send email. Call {@link #queue} inside the transaction of the change that causes the
 * email: the message is rendered and stored in that transaction, so it is sent if and only if the
 * change commits, even when the SMTP server is down or the application stops right after. The
 * email is written in its reader's language (see {@link EmailLanguages}).
 */
@Service
public class Notifications {

	private final EmailRenderer renderer;

	private final Outbox outbox;

	private final OutboxScheduler scheduler;

	private final NotificationProperties properties;

	private final EmailLanguages languages;

	private final Clock clock;

	Notifications(EmailRenderer renderer, Outbox outbox, OutboxScheduler scheduler, NotificationProperties properties,
			EmailLanguages languages, Clock clock) {
		this.renderer = renderer;
		this.languages = languages;
		this.outbox = outbox;
		this.scheduler = scheduler;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Stores an email for sending, in the current transaction (without one, at once).
	 * @return the stored message's id
	 * @throws IllegalArgumentException when the template does not exist or cannot be rendered
	 */
	public long queue(OutgoingEmail unwritten) {
		OutgoingEmail email = unwritten.in(this.languages.of(unwritten));
		RenderedEmail rendered;
		try {
			rendered = this.renderer.render(email);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("Email template " + email.template() + " cannot be rendered", ex);
		}
		Instant now = this.clock.instant();
		long id = this.outbox.add(email, rendered, now, now.plus(this.properties.giveUpAfter()));
		wakeUpDispatcherAfterCommit();
		return id;
	}

	/**
	 * The language emails to this reader are written in, for a sender that must format something
	 * for them first (a date in a reminder, a calendar file).
	 * @param reader the principal name of a portal account or a staff user
	 */
	public Locale languageOf(String reader) {
		return this.languages.of(reader);
	}

	private void wakeUpDispatcherAfterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.scheduler.wakeUp();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Notifications.this.scheduler.wakeUp();
			}
		});
	}

}
