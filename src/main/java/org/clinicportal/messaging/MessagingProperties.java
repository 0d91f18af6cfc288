package org.clinicportal.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of secure messaging ({@code clinic.messages.*}, see docs/messages.md).
 *
 * @param replyBusinessDays the clinic's stated reply time, in business days (Monday to Friday): the
 * portal says so before every message form, and the inbox calls a conversation waiting longer overdue
 * @param digestCheck how often each node looks for an hour whose digest is still to be sent
 */
@ConfigurationProperties("clinic.messages")
record MessagingProperties(Integer replyBusinessDays, Duration digestCheck) {

	MessagingProperties {
		replyBusinessDays = (replyBusinessDays != null && replyBusinessDays > 0) ? replyBusinessDays : 2;
		digestCheck = (digestCheck != null) ? digestCheck : Duration.ofMinutes(5);
	}

}
