package org.clinicportal.messaging;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

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

	/** The chosen pool, when it is one of these; a pool chosen that is not one of them is refused on the form. */
	Pool poolAmong(List<Pool> choices, BindingResult result) {
		Pool chosen = choices.stream().filter((p) -> this.pool != null && p.id() == this.pool).findFirst().orElse(null);
		if (this.pool != null && chosen == null) {
			result.rejectValue("pool", "messaging.pool.unknown");
		}
		return chosen;
	}

}
