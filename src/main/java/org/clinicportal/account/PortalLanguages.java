package org.clinicportal.account;

import java.util.Locale;
import java.util.Optional;

import org.clinicportal.patient.PatientDirectory;
import org.clinicportal.patient.PatientSummary;
import org.clinicportal.system.AccountLanguages;
import org.clinicportal.system.SupportedLanguages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The language of a portal account: the one its holder chose, else the preferred language on the
 * chart of the patient it is for (its Self patient first, else the first it was granted), else none.
 * Pages and emails both ask here.
 */
@Service
public class PortalLanguages implements AccountLanguages {

	private static final String CHOSEN = "SELECT language FROM portal_account WHERE id = :id";

	private static final String FIRST_PATIENT = """
			SELECT patient_id FROM access_grant WHERE portal_account_id = :id
			ORDER BY CASE WHEN access_type = 'SELF' THEN 0 ELSE 1 END, granted_at, id
			""";

	private static final String CHOOSE = "UPDATE portal_account SET language = :language WHERE id = :id";

	private final JdbcClient jdbc;

	private final PatientDirectory patients;

	PortalLanguages(JdbcClient jdbc, PatientDirectory patients) {
		this.jdbc = jdbc;
		this.patients = patients;
	}

	/** The language to write to the account's holder in: chosen, else the patient's, else English. */
	public Locale of(long accountId) {
		LanguagePreference preference = preference(accountId).orElse(LanguagePreference.NONE);
		return Optional.ofNullable(preference.chosen())
			.or(() -> Optional.ofNullable(preference.suggested()))
			.orElse(SupportedLanguages.DEFAULT);
	}

	@Override
	public Optional<LanguagePreference> preference(String principalName) {
		return accountId(principalName).map((id) -> preference(id).orElse(LanguagePreference.NONE));
	}

	@Override
	public boolean choose(String principalName, Locale language) {
		Optional<Long> id = accountId(principalName);
		id.ifPresent((accountId) -> this.jdbc.sql(CHOOSE)
			.param("language", language.toLanguageTag())
			.param("id", accountId)
			.update());
		return id.isPresent();
	}

	private Optional<LanguagePreference> preference(long accountId) {
		Optional<String> chosen = this.jdbc.sql(CHOSEN)
			.param("id", accountId)
			.query((rs, n) -> Optional.ofNullable(rs.getString(1)))
			.optional()
			.map((value) -> value.orElse(""));
		if (chosen.isEmpty()) {
			return Optional.empty();
		}
		Locale suggested = this.jdbc.sql(FIRST_PATIENT)
			.param("id", accountId)
			.query(Long.class)
			.list()
			.stream()
			.findFirst()
			.flatMap(this.patients::find)
			.map(PatientSummary::preferredLanguage)
			.flatMap(SupportedLanguages::of)
			.orElse(null);
		return Optional.of(new LanguagePreference(SupportedLanguages.of(chosen.get()).orElse(null), suggested));
	}

	private static Optional<Long> accountId(String principalName) {
		if (principalName == null || !principalName.startsWith(PortalUser.PRINCIPAL_PREFIX)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(principalName.substring(PortalUser.PRINCIPAL_PREFIX.length())));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
