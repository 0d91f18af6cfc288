package org.clinicportal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clinicportal.account.BulkJobNodes;
import org.clinicportal.account.PortalUserSearch;
import org.clinicportal.form.Answers;
import org.clinicportal.form.FormRequests;
import org.clinicportal.form.FormResponses;
import org.clinicportal.form.RequestedForm;
import org.clinicportal.form.Respondent;

import org.clinicportal.patient.ContactDetails;
import org.clinicportal.patient.ProfileChange;
import org.clinicportal.patient.ProfileChanges;
import org.clinicportal.patient.ProfileProposer;
import org.clinicportal.support.OutboxMail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the application needs of its database, run on every database it supports: the migrations,
 * the sequences, the searches, optimistic locking, the audit filters, the session store, proposed
 * profile changes and the sweep of bulk actions whose server stopped.
 */
abstract class DatabaseContractTests {

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	private static final Pattern ROW = Pattern.compile("<tr aria-label=\"([^\"]+)\">");

	private static final Pattern NEXT = Pattern.compile("after=([A-Za-z0-9_-]+)\">Next page");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ProfileChanges changes;

	@Autowired
	private FormRequests formRequests;

	@Autowired
	private FormResponses formResponses;

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
	void bulkActionsWhoseServerStoppedAreFailedByExactlyOneOfTwoSweepingNodes() throws Exception {
		var nodes = new BulkJobNodes(this.context);
		Instant heartbeat = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
		List<String> jobs = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			jobs.add(nodes.running(100, 40, heartbeat));
		}
		Instant later = heartbeat.plus(Duration.ofMinutes(3));
		var first = CompletableFuture.supplyAsync(() -> nodes.sweepAt(later));
		var second = CompletableFuture.supplyAsync(() -> nodes.sweepAt(later));
		assertThat(first.get() + second.get()).isEqualTo(20);
		assertThat(jobs).allSatisfy((job) -> assertThat(nodes.describe(job)).isEqualTo("FAILED STOPPED 40/100"));
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

	@Test
	void portalAccountsAreSavedLinkedAndKeptToOneSelfPerPatient() throws Exception {
		createPatient("Portalcontract", "1985-02-03");
		createPatient("Portalsibling", "1987-04-05");
		long first = idOf("Portalcontract");
		long second = idOf("Portalsibling");
		saveAccount(first, "self.contract@example.org", "SELF").andExpect(status().isFound());
		saveAccount(first, "other.self@example.org", "SELF").andExpect(status().isOk())
			.andExpect(content().string(containsString("This patient already has a Self account.")));
		saveAccount(first, "rep.contract@example.org", "AUTHORIZED_REP").andExpect(status().isFound());
		saveAccount(second, "REP.contract@example.org", "AUTHORIZED_REP").andExpect(status().isFound());
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM access_grant g JOIN portal_account a ON a.id = g.portal_account_id
				WHERE a.username_key = 'rep.contract@example.org'""").query(Long.class).single()).isEqualTo(2);
		// User Management finds each account by the patients it reaches, until its access is removed.
		var search = new PortalUserSearch(this.context);
		assertThat(search.walkingPages("portalsibling", "ALL", "USERNAME")).containsExactly("rep.contract@example.org");
		assertThat(search.walkingPages("portalcontract", "ALL", "USERNAME")).containsExactly("rep.contract@example.org",
				"self.contract@example.org");
		long rep = this.jdbc.sql("SELECT id FROM portal_account WHERE username_key = 'rep.contract@example.org'")
			.query(Long.class)
			.single();
		this.mvc.perform(post("/staff/patients/" + second + "/portal-account/" + rep + "/delete").with(ADMIN).with(csrf()))
			.andExpect(status().isFound());
		assertThat(search.walkingPages("portalsibling", "ALL", "USERNAME")).isEmpty();
		assertThat(OutboxMail.await(this.jdbc, "self.contract@example.org", 1)).hasSize(1);
		this.mvc.perform(get("/staff/patients/" + first + "/portal-account").with(ADMIN))
			.andExpect(content().string(containsString("self.contract@example.org")))
			.andExpect(content().string(containsString("rep.contract@example.org")));
	}

	@Test
	void userManagementSearchesFiltersSortsPagesAndExports() throws Exception {
		createPatient("Umcontract", "1975-06-07");
		long patient = idOf("Umcontract");
		saveAccount(patient, "um.contract.self@example.org", "SELF").andExpect(status().isFound());
		saveAccount(patient, "um.contract.rep@example.org", "AUTHORIZED_REP").andExpect(status().isFound());
		for (String sort : new String[] { "USERNAME", "NAME", "LAST_SIGN_IN", "CREATED" }) {
			for (String status : new String[] { "ALL", "ENABLED", "MUST_CHANGE_PASSWORD", "NEVER_SIGNED_IN" }) {
				this.mvc.perform(get("/staff/portal-users").param("q", "um.contract").param("sort", sort)
					.param("status", status)
					.with(ADMIN))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString("um.contract.self@example.org")));
			}
		}
		this.mvc.perform(get("/staff/portal-users").param("q", idOfMrn(patient)).with(ADMIN))
			.andExpect(content().string(containsString("um.contract.rep@example.org")));
		this.mvc.perform(get("/staff/portal-users").param("status", "LOCKED").param("q", "um.contract").with(ADMIN))
			.andExpect(content().string(not(containsString("um.contract.self@example.org"))));
		this.mvc.perform(get("/staff/portal-users/export.csv").param("q", "um.contract").with(ADMIN))
			.andExpect(content().string(containsString("um.contract.rep@example.org,Pat,Contract,")))
			.andExpect(content().string(containsString(" SELF: PROFILE FORMS")));
		this.mvc.perform(post("/staff/portal-users/apply").param("action", "DISABLE").param("scope", "all")
			.param("q", "um.contract")
			.with(ADMIN)
			.with(csrf())).andExpect(status().isFound());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'PORTAL_ACCOUNT_DISABLED'"
				+ " AND detail LIKE 'um.contract%' AND patient_id IS NULL")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void searchPagesShowEveryMatchOnceInEveryOrderAndStatus() throws Exception {
		createPatient("Pgwalkpatient", "1979-09-09");
		long patient = idOf("Pgwalkpatient");
		var all = new java.util.HashSet<String>();
		var enabled = new java.util.HashSet<String>();
		var reaching = new java.util.HashSet<String>();
		var ids = new ArrayList<Long>();
		for (int i = 0; i < 130; i++) {
			// Each account matches one way or several: username, last name, first name, a patient it reaches.
			String username = (i % 4 == 0) ? "pgwalk-" + i : "walk-" + i + "@example.org";
			String last = (i % 4 == 1 || i % 8 == 0) ? "Pgwalker" : "Other";
			String first = (i % 4 == 2) ? "Pgwalkia" : "Kim";
			long id = 900_000_000L + i;
			this.jdbc.sql("""
					INSERT INTO portal_account (id, username, username_key, first_name, last_name, enabled,
					  force_password_change, password_hash, password_changed_at, failed_sign_ins, last_sign_in_at,
					  created_at, updated_at, version)
					VALUES (?, ?, ?, ?, ?, ?, FALSE, '{argon2}unused', CURRENT_TIMESTAMP, 0, ?, ?, CURRENT_TIMESTAMP, 0)
					""")
				.params(id, username, username, first, last, i % 3 != 0,
						(i % 2 == 0) ? java.time.OffsetDateTime.parse("2026-03-01T00:00:00Z").plusMinutes(i % 5) : null,
						java.time.OffsetDateTime.parse("2026-01-01T00:00:00Z").plusSeconds(i % 7))
				.update();
			ids.add(id);
			if (i % 4 == 3 || i % 8 == 0) {
				reaching.add(username);
				this.jdbc.sql("INSERT INTO access_grant (id, portal_account_id, patient_id, access_type, granted_by, granted_at)"
						+ " VALUES (?, ?, ?, 'AUTHORIZED_REP', 'test', CURRENT_TIMESTAMP)")
					.params(id, id, patient)
					.update();
			}
			all.add(username);
			if (i % 3 != 0) {
				enabled.add(username);
			}
		}
		var search = new PortalUserSearch(this.context);
		search.refreshReach(ids);
		for (String sort : new String[] { "USERNAME", "NAME", "LAST_SIGN_IN", "CREATED" }) {
			List<String> pages = walkPages("q=PGWALK&sort=" + sort);
			assertThat(pages).as(sort).containsExactlyInAnyOrderElementsOf(all);
			assertThat(search.walkingPages("PGWALK", "ALL", sort)).as(sort).containsExactlyElementsOf(pages);
			List<String> enabledPages = walkPages("q=pgwalk&status=ENABLED&sort=" + sort);
			assertThat(enabledPages).as(sort).containsExactlyInAnyOrderElementsOf(enabled);
			assertThat(search.walkingPages("pgwalk", "ENABLED", sort)).as(sort).containsExactlyElementsOf(enabledPages);
		}
		// Renaming the patient changes which search reaches its accounts, both ways.
		this.mvc.perform(post("/staff/patients/" + patient + "/demographics").with(ADMIN).with(csrf())
			.param("firstName", "Pat")
			.param("lastName", "Renamedwalk")
			.param("dateOfBirth", "1979-09-09")
			.param("sex", "FEMALE")
			.param("preferredLanguage", "en")
			.param("version", "0")).andExpect(status().isFound());
		assertThat(walkPages("q=renamedwalk")).containsExactlyInAnyOrderElementsOf(reaching);
		assertThat(search.walkingPages("renamedwalk", "ALL", "USERNAME")).containsExactlyInAnyOrderElementsOf(reaching);
		assertThat(search.walkingPages("pgwalkpatient", "ALL", "USERNAME")).isEmpty();
	}

	/** Every row of every page, following Next page, in the order shown. */
	private List<String> walkPages(String query) throws Exception {
		var rows = new ArrayList<String>();
		String url = "/staff/portal-users?" + query;
		for (int pages = 0; url != null && pages < 10; pages++) {
			String page = this.mvc.perform(get(java.net.URI.create(url)).with(ADMIN))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			Matcher row = ROW.matcher(page);
			while (row.find()) {
				rows.add(row.group(1));
			}
			Matcher next = NEXT.matcher(page);
			url = next.find() ? "/staff/portal-users?" + query + "&after=" + next.group(1) : null;
		}
		return rows;
	}

	@Test
	void proposedProfileChangeWaitsAloneIsReplacedAndIsAcceptedOnce() throws Exception {
		createPatient("Proposalcontract", "1975-04-03");
		long patient = idOf("Proposalcontract");
		var holder = new ProfileProposer(1L, "holder.contract@example.org", true, "portal:holder.contract@example.org");
		assertThat(this.changes.propose(patient, holder, new ContactDetails("555-0303", null, null, null, null, null, null)))
			.isEqualTo(ProfileChanges.Proposal.PROPOSED);
		assertThat(this.changes.propose(patient, holder,
				new ContactDetails("555-0404", "pat@example.org", null, null, null, null, null)))
			.isEqualTo(ProfileChanges.Proposal.REPLACED);
		ProfileChange pending = this.changes.pending(patient).orElseThrow();
		assertThat(pending.fields()).extracting(ProfileChange.FieldChange::field).containsExactly("phone", "email");
		assertThat(pending.representative()).isTrue();
		String accept = "/staff/patients/" + patient + "/profile-changes/" + pending.id() + "/accept";
		this.mvc.perform(post(accept).with(ADMIN).with(csrf()))
			.andExpect(flash().attribute("messageCode", "patient.changes.ACCEPTED"));
		this.mvc.perform(post(accept).with(ADMIN).with(csrf()))
			.andExpect(flash().attribute("reviewError", "patient.changes.ALREADY_DECIDED"));
		assertThat(this.jdbc.sql("SELECT phone FROM patient WHERE id = ?").param(patient).query(String.class).single())
			.isEqualTo("555-0404");
		assertThat(this.changes.pending(patient)).isEmpty();
		assertThat(this.changes.lastDecision(patient)).hasValueSatisfying(
				(decided) -> assertThat(decided.status()).isEqualTo(ProfileChange.Status.ACCEPTED));
	}

	@Test
	void formIsRequestedDraftedSubmittedAndReviewed() throws Exception {
		var completed = submittedGad7("Formcontract");
		assertThat(completed.response().total()).isEqualTo(14);
		assertThat(completed.response().band()).isEqualTo("Moderate");
		assertThat(this.formRequests.inbox()).anyMatch((r) -> r.id() == completed.id());
		assertThat(this.formResponses.markReviewed(completed.response().id(), "clinician")).isTrue();
		assertThat(this.formResponses.markReviewed(completed.response().id(), "clinician")).isFalse();
		this.mvc.perform(get("/staff/patients/" + completed.patientId() + "/forms").with(ADMIN))
			.andExpect(content().string(containsString("<strong>14</strong> · <span>Moderate</span>")));
	}

	/** A new patient's GAD-7, requested with a due date already past, answered and submitted. */
	protected RequestedForm submittedGad7(String lastName) throws Exception {
		createPatient(lastName, "1975-02-03");
		long patient = idOf(lastName);
		this.formRequests.request(patient, List.of("gad-7"), LocalDate.now().minusDays(1), "contract");
		RequestedForm request = this.formRequests.forPatient(patient).get(0);
		assertThat(request.overdue()).isTrue();
		var respondent = new Respondent("portal:contract", "Pat Contract", false);
		var answers = new HashMap<String, String>();
		for (int i = 1; i <= 7; i++) {
			answers.put("gad7-" + i, "LA6570-1");
		}
		assertThat(this.formResponses.saveDraft(request, new Answers(answers), respondent)).isEmpty();
		assertThat(this.formResponses.submit(this.formRequests.forPatient(patient).get(0), respondent)).isEmpty();
		return this.formRequests.forPatient(patient).get(0);
	}

	private String idOfMrn(long patientId) {
		return this.jdbc.sql("SELECT mrn FROM patient WHERE id = ?").param(patientId).query(String.class).single();
	}

	private org.springframework.test.web.servlet.ResultActions saveAccount(long patientId, String username,
			String accessType) throws Exception {
		return this.mvc.perform(post("/staff/patients/" + patientId + "/portal-account").with(ADMIN).with(csrf())
			.param("save", "")
			.param("username", username)
			.param("firstName", "Pat")
			.param("lastName", "Contract")
			.param("accessType", accessType)
			.param("defaultsFor", accessType)
			.params(org.clinicportal.account.RepresentativeTermsParams.consent()));
	}

	private long idOf(String lastName) {
		return this.jdbc.sql("SELECT id FROM patient WHERE last_name = ?").param(lastName).query(Long.class).single();
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
