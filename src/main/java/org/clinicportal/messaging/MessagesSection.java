package org.clinicportal.messaging;

import org.clinicportal.account.AccessType;
import org.clinicportal.account.PortalSection;
import org.clinicportal.account.PortalSectionBadge;
import org.clinicportal.account.PortalUsers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares the portal's Messages section: the patient's conversations with the clinic, with the
 * number of conversations holding a message from the clinic the account has not read beside it in
 * the menu.
 */
@Configuration(proxyBeanMethods = false)
public class MessagesSection {

	/** What a grant stores when it permits the section. */
	public static final String KEY = "MESSAGES";

	@Bean
	PortalSection messagesPortalSection() {
		return new PortalSection(KEY, "messaging.section.label", "messaging.section.description", "messages", true, 30);
	}

	@Bean
	PortalSectionBadge unreadMessages(ConversationQueries conversations, PortalUsers users) {
		return new PortalSectionBadge() {

			@Override
			public String sectionKey() {
				return KEY;
			}

			@Override
			public long count(long accountId, long patientId) {
				boolean self = users.user(accountId)
					.flatMap((user) -> user.grantFor(patientId))
					.map((grant) -> grant.accessType() == AccessType.SELF)
					.orElse(false);
				return conversations.unread(patientId, ReadMarks.portalReader(accountId), self);
			}

		};
	}

}
