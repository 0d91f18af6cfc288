package org.clinicportal.staff;

import java.util.Locale;
import java.util.Optional;

import org.clinicportal.system.AccountLanguages;
import org.clinicportal.system.SupportedLanguages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The language a staff user chose on their account page; none until they choose. */
@Component
class StaffLanguages implements AccountLanguages {

	private static final String CHOSEN = "SELECT language FROM staff_user WHERE LOWER(username) = LOWER(:username)";

	private static final String CHOOSE = """
			UPDATE staff_user SET language = :language WHERE LOWER(username) = LOWER(:username)
			""";

	private final JdbcClient jdbc;

	StaffLanguages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<LanguagePreference> preference(String principalName) {
		return this.jdbc.sql(CHOSEN)
			.param("username", principalName)
			.query((rs, n) -> new LanguagePreference(SupportedLanguages.of(rs.getString(1)).orElse(null), null))
			.optional();
	}

	@Override
	public boolean choose(String principalName, Locale language) {
		return this.jdbc.sql(CHOOSE)
			.param("language", language.toLanguageTag())
			.param("username", principalName)
			.update() > 0;
	}

}
