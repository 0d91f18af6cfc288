package org.clinicportal.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new conversation's first message, from the portal or from a patient's chart: to which pool,
 * about what, saying what. Its files come as a part of their own.
 */
record MessageForm(@NotNull(message = "{messaging.pool.choose}") Long pool,
		@NotBlank(message = "{messaging.subject.empty}") @Size(max = 200) String subject,
		@NotBlank(message = "{messaging.body.empty}") @Size(max = 10000) String body) {

	static MessageForm empty() {
		return new MessageForm(null, null, null);
	}

}
