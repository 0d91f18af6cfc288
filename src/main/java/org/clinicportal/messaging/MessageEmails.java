package org.clinicportal.messaging;

import java.util.Map;

import org.clinicportal.account.AccessType;
import org.clinicportal.account.PortalRecipient;
import org.clinicportal.account.PortalUser;
import org.clinicportal.account.PortalRecipients;
import org.clinicportal.notification.Notifications;
import org.clinicportal.notification.OutgoingEmail;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the patient's side that the clinic wrote: every enabled account with the Messages permission
 * for the patient and an email address gets an email saying only that there is a new message, with a
 * link to the portal's sign-in. No subject, no text, no file name, not even the patient's name. A
 * conversation marked patient only is told to the patient's own account alone.
 */
@Component
class MessageEmails {

	static final String TEMPLATE = "newMessage";

	static final String SIGN_IN = "/portal/login";

	private final ConversationQueries conversations;

	private final PortalRecipients recipients;

	private final Notifications notifications;

	MessageEmails(ConversationQueries conversations, PortalRecipients recipients, Notifications notifications) {
		this.conversations = conversations;
		this.recipients = recipients;
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void tell(MessageSentToPatient event) {
		boolean patientOnly = this.conversations.find(event.conversationId())
			.map(Conversation::patientOnly)
			.orElse(true);
		for (PortalRecipient recipient : this.recipients.withSection(event.patientId(), MessagesSection.KEY)) {
			if (recipient.email() == null || (patientOnly && recipient.accessType() != AccessType.SELF)) {
				continue;
			}
			this.notifications.queue(OutgoingEmail.to(PortalUser.principalName(recipient.accountId()),
					recipient.email(), TEMPLATE, Map.of("name", recipient.firstName(), "path", SIGN_IN)));
		}
	}

}
