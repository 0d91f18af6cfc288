package org.clinicportal.notification;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.clinicportal.system.AccountLanguages;
import org.clinicportal.system.SupportedLanguages;

import org.springframework.stereotype.Component;

/**
 * The one place that decides the language of an email: the language its reader chose on their
 * account, else the one their account suggests (for a portal account, the preferred language on its
 * patient's chart), else English.
 */
@Component
class EmailLanguages {

	private final List<AccountLanguages> accounts;

	EmailLanguages(List<AccountLanguages> accounts) {
		this.accounts = List.copyOf(accounts);
	}

	Locale of(String reader) {
		if (reader == null) {
			return SupportedLanguages.DEFAULT;
		}
		return this.accounts.stream()
			.flatMap((kind) -> kind.preference(reader).stream())
			.findFirst()
			.flatMap((preference) -> Optional.ofNullable(preference.chosen())
				.or(() -> Optional.ofNullable(preference.suggested())))
			.orElse(SupportedLanguages.DEFAULT);
	}

	Locale of(OutgoingEmail email) {
		return (email.locale() != null) ? email.locale() : of(email.reader());
	}

}
