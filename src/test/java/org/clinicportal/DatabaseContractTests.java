package org.clinicportal;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the application needs of its database, run on every database it supports: the migrations,
 * the sequences, the searches, optimistic locking, the audit filters and the session store.
 */
abstract class DatabaseContractTests {

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void everyMigrationIsApplied() {
		var failed = this.jdbc.sql("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\"")
			.query(Long.class)
			.single();
		var applied = this.jdbc.sql("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")
			.query(Long.class)
			.single();
		assertThat(failed).isZero();
		assertThat(applied).isGreaterThanOrEqualTo(2);
	}

	@Test
	void newPatientsGetConsecutiveMedicalRecordNumbers() throws Exception {
		long first = Long.parseLong(mrnOf(createPatient("Seqone", "1970-05-06")));
		long second = Long.parseLong(mrnOf(createPatient("Seqtwo", "1970-05-06")));
		assertThat(second).isEqualTo(first + 1);
	}

	@Test
	void searchMatchesNamePrefixesWhateverTheCaseAndMrnAndBirthDate() throws Exception {
		createPatient("Zyxwellcontract", "1961-07-08");
		String mrn = mrnOf("Zyxwellcontract");
		for (String query : new String[] { "ZYXW", "zyxwellc", mrn, "1961-07-08", "Pat Zyxw" }) {
			this.mvc.perform(get("/staff/patients").param("q", query).with(ADMIN))
				.andExpect(content().string(containsString("Zyxwellcontract, Pat")));
		}
		this.mvc.perform(get("/staff/patients").param("q", "yxw").with(ADMIN))
			.andExpect(content().string(not(containsString("Zyxwellcontract"))));
	}

	@Test
	void secondSaveFromTheSameVersionIsAConflict() throws Exception {
		createPatient("Lockcontract", "1980-01-01");
		long id = this.jdbc.sql("SELECT id FROM patient WHERE last_name = 'Lockcontract'").query(Long.class).single();
		long version = this.jdbc.sql("SELECT version FROM patient WHERE id = ?").param(id).query(Long.class).single();
		for (String phone : new String[] { "555-0101", "555-0202" }) {
			this.mvc.perform(post("/staff/patients/" + id + "/demographics").with(ADMIN).with(csrf())
				.param("firstName", "Pat")
				.param("lastName", "Lockcontract")
				.param("dateOfBirth", "1980-01-01")
				.param("sex", "FEMALE")
				.param("preferredLanguage", "en")
				.param("phone", phone)
				.param("version", String.valueOf(version)));
		}
		assertThat(this.jdbc.sql("SELECT phone FROM patient WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("555-0101");
	}

	@Test
	void auditTrailFiltersByTheClinicsDays() throws Exception {
		createPatient("Auditcontract", "1990-03-04");
		LocalDate today = LocalDate.now(ZoneId.systemDefault());
		this.mvc.perform(get("/staff/audit").param("action", "PATIENT_CREATED").param("from", today.toString())
			.param("to", today.toString())
			.with(ADMIN)).andExpect(content().string(containsString("Auditcontract, Pat")));
		this.mvc.perform(get("/staff/audit").param("action", "PATIENT_CREATED")
			.param("from", today.plusDays(1).toString())
			.with(ADMIN)).andExpect(content().string(not(containsString("Auditcontract"))));
	}

	@Test
	void signedInSessionsAreKeptInTheDatabase() throws Exception {
		this.mvc.perform(formLogin("/staff/login").user("admin").password("admin test passphrase 42"))
			.andExpect(status().isFound());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = 'admin'")
			.query(Long.class)
			.single()).isPositive();
	}

	private String createPatient(String lastName, String dateOfBirth) throws Exception {
		this.mvc.perform(post("/staff/patients/new").with(ADMIN).with(csrf())
			.param("firstName", "Pat")
			.param("lastName", lastName)
			.param("dateOfBirth", dateOfBirth)
			.param("sex", "FEMALE")
			.param("preferredLanguage", "en")).andExpect(status().isFound());
		return lastName;
	}

	private String mrnOf(String lastName) {
		return this.jdbc.sql("SELECT mrn FROM patient WHERE last_name = ?").param(lastName).query(String.class).single();
	}

}
