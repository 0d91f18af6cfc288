package org.clinicportal.representative;

import java.time.LocalDate;
import java.util.UUID;

import org.clinicportal.account.AccessTerms;
import org.clinicportal.account.AccessType;
import org.clinicportal.account.PortalTestAccounts;
import org.clinicportal.account.Relationship;
import org.clinicportal.account.RepresentativeBasis;
import org.clinicportal.account.RepresentativeTerms;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Patients of given ages and the people who act for them, for the representative tests. */
public final class RepresentativeFamilies {

	public static final String PASSWORD = "granite willow comet parade";

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final PortalTestAccounts accounts;

	private final AccessTerms terms;

	public RepresentativeFamilies(MockMvc mvc, ApplicationContext context) {
		this.mvc = mvc;
		this.jdbc = context.getBean(JdbcClient.class);
		this.accounts = new PortalTestAccounts(context);
		this.terms = context.getBean(AccessTerms.class);
	}

	/** A new patient born on the day; returns its id. */
	public long patient(String firstName, LocalDate born) throws Exception {
		String lastName = "Fam" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 5) + "x";
		this.mvc.perform(post("/staff/patients/new").with(user("frontdesk").roles("FRONT_DESK"))
			.with(csrf())
			.param("firstName", firstName)
			.param("lastName", lastName)
			.param("dateOfBirth", born.toString())
			.param("sex", "FEMALE")
			.param("preferredLanguage", "en"));
		return this.jdbc.sql("SELECT id FROM patient WHERE last_name = ?").param(lastName).query(Long.class).single();
	}

	/** The patient's name as the portal's picker shows it. */
	public String name(long patientId) {
		return this.jdbc.sql("SELECT first_name, last_name FROM patient WHERE id = ?")
			.param(patientId)
			.query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
			.single();
	}

	/** A new patient so many years old today. */
	public long patientAged(String firstName, int years) throws Exception {
		return patient(firstName, LocalDate.now().minusYears(years).minusDays(10));
	}

	/** A representative's account with these terms and sections. */
	public long representative(String username, long patientId, Relationship relationship, RepresentativeBasis basis,
			String... sections) {
		long account = this.accounts.create(username, PASSWORD, false, patientId, AccessType.AUTHORIZED_REP, sections);
		this.terms.save(patientId, account, AccessType.AUTHORIZED_REP, terms(relationship, basis));
		return account;
	}

	/** Gives the representative access to another patient. */
	public void alsoFor(long account, long patientId, Relationship relationship, RepresentativeBasis basis, String... sections) {
		this.accounts.grant(account, patientId, AccessType.AUTHORIZED_REP, sections);
		this.terms.save(patientId, account, AccessType.AUTHORIZED_REP, terms(relationship, basis));
	}

	public long self(String username, long patientId, String... sections) {
		return this.accounts.create(username, PASSWORD, false, patientId, AccessType.SELF, sections);
	}

	private static RepresentativeTerms terms(Relationship relationship, RepresentativeBasis basis) {
		LocalDate consent = (basis == RepresentativeBasis.WRITTEN_CONSENT) ? LocalDate.now().minusDays(1) : null;
		String document = (basis == RepresentativeBasis.LEGAL_GUARDIAN) ? "Court order 2024-GU-117" : null;
		return new RepresentativeTerms(relationship, basis, document, null, consent, null, null);
	}

}
