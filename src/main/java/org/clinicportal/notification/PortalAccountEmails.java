package org.clinicportal.notification;

import java.util.Map;
import java.util.function.LongFunction;

import org.clinicportal.account.PasswordResetRequested;
import org.clinicportal.account.PortalAccountCreated;
import org.clinicportal.account.PortalContact;
import org.clinicportal.account.PortalPasswordRenewed;
import org.clinicportal.account.PortalTwoStepReset;
import org.clinicportal.account.PortalUsers;
import org.clinicportal.credential.PasswordLinks;
import org.clinicportal.form.FormsRequested;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The emails about a portal account and what waits in it, each chosen here from an event: which
 * template, which link (a password link is issued fresh for the email, never carried by the event)
 * and, through {@link Notifications}, the holder's language. An account without an email address
 * gets none.
 */
@Component
class PortalAccountEmails {

	static final String SIGN_IN = "/portal/login";

	private final PortalUsers users;

	private final PasswordLinks links;

	private final Notifications notifications;

	PortalAccountEmails(PortalUsers users, PasswordLinks links, Notifications notifications) {
		this.users = users;
		this.links = links;
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(PortalAccountCreated event) {
		tell(event.accountId(), "passwordSetup", this.links::setPassword);
	}

	@ApplicationModuleListener
	void on(PortalPasswordRenewed event) {
		tell(event.accountId(), "passwordRenewed", this.links::setPassword);
	}

	@ApplicationModuleListener
	void on(PasswordResetRequested event) {
		tell(event.accountId(), "passwordReset", this.links::resetPassword);
	}

	@ApplicationModuleListener
	void on(PortalTwoStepReset event) {
		tell(event.accountId(), "twoStepReset", (accountId) -> SIGN_IN);
	}

	@ApplicationModuleListener
	void on(FormsRequested event) {
		for (PortalContact holder : this.users.contacts(event.patientId(), FormsRequested.SECTION)) {
			this.notifications.queue(OutgoingEmail.to(holder.reader(), holder.email(), "formsWaiting",
					Map.of("name", holder.firstName(), "path", "/portal/patients/" + event.patientId() + "/forms",
							"reminder", event.reminder())));
		}
	}

	/** Emails the holder, if the account has an address, with the link made for it. */
	private void tell(long accountId, String template, LongFunction<String> link) {
		this.users.contact(accountId)
			.filter((holder) -> holder.email() != null)
			.ifPresent((holder) -> this.notifications.queue(OutgoingEmail.to(holder.reader(), holder.email(), template,
					Map.of("path", link.apply(accountId), "name", holder.firstName()))));
	}

}
