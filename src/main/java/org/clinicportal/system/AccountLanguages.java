package org.clinicportal.system;

import java.util.Locale;
import java.util.Optional;

/**
 * The language kept with a signed-in account: the portal's accounts and the staff's each provide
 * one, so that the one place that chooses a request's language ({@link LanguageResolver}) needs to
 * know neither.
 */
public interface AccountLanguages {

	/** The preference of the account signed in under this principal name; empty when it is not of this kind. */
	Optional<LanguagePreference> preference(String principalName);

	/**
	 * Keeps the language the holder of this principal chose.
	 * @return false when the principal is not of this kind
	 */
	boolean choose(String principalName, Locale language);

	/**
	 * An account's language preference.
	 * @param chosen the language the holder chose, or {@code null}
	 * @param suggested the language to use before any choice (a patient's preferred language on the
	 * chart), or {@code null}
	 */
	record LanguagePreference(Locale chosen, Locale suggested) {

		/** No preference at all. */
		public static final LanguagePreference NONE = new LanguagePreference(null, null);

	}

}
