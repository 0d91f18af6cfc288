package org.clinicportal.account;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.validation.Errors;

/**
 * The terms a representative's access depends on beyond its ticked sections (the patient's age,
 * the basis, an end date), implemented by the module that owns them; the account module asks it
 * when the setup form is shown and saved, and the portal's access rule when a request comes in.
 */
public interface AccessTerms {

	/** The user as their grants stand today: withheld sections left out, ended grants left out. */
	PortalUser inForce(PortalUser user);

	/**
	 * Refuses, as errors of the setup form's fields ({@code relationship}, {@code basis},
	 * {@code documentReference}, {@code consentGivenOn}, {@code accessEndsOn}, {@code permissions},
	 * {@code accessType}), what may not be saved for the patient today.
	 */
	void check(long patientId, AccessType type, Set<String> sections, RepresentativeTerms terms, Errors errors);

	/** Keeps the terms of the account's access to the patient after a save of the setup form. */
	void save(long patientId, long accountId, AccessType type, RepresentativeTerms terms);

	/** The terms of the account's access to the patient, if it is a representative's. */
	Optional<RepresentativeTerms> find(long patientId, long accountId);

	/**
	 * Whether what the patient starts or completes themselves today is kept from representatives for
	 * good (a minor past the confidentiality age).
	 */
	boolean keptFromRepresentatives(long patientId);

	/** What each of the patient's representatives has today, by account id. */
	Map<Long, AccessSummary> summaries(long patientId);

}
