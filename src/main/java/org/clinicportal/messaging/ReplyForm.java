package org.clinicportal.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reply, or an internal note: its text. A reply's files come as a part of their own. */
record ReplyForm(@NotBlank(message = "{messaging.body.empty}") @Size(max = 10000) String body) {

	static ReplyForm empty() {
		return new ReplyForm(null);
	}

}
