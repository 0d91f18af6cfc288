package org.clinicportal.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ClinicPortalTest
class UserManagementTests {

	private static final RequestPostProcessor CLINICIAN = user("clinician").roles("CLINICIAN");

	private static final RequestPostProcessor FRONT_DESK = user("frontdesk").roles("FRONT_DESK");

	private static final Pattern ROW = Pattern.compile("<tr aria-label=\"([^\"]+)\">");

	private static final Pattern NEXT = Pattern.compile("after=([A-Za-z0-9_-]+)\">Next page");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private FindByIndexNameSessionRepository<?> sessions;

	private static boolean seeded;

	@BeforeEach
	void seed() {
		if (seeded) {
			return;
		}
		seeded = true;
		long patient = this.jdbc.sql("SELECT id FROM patient WHERE first_name = 'Tomas' AND last_name = 'Ortega'")
			.query(Long.class)
			.single();
		for (int i = 0; i < 120; i++) {
			long id = insert(String.format("umt-%03d", i), "Una" + i, "Umtest", i % 3 == 0, i % 40 == 0 ? "2999-01-01T00:00:00Z" : null,
					i % 2 == 0 ? "2026-01-01T00:00:00Z" : null, i % 5 == 0);
			if (i < 3) {
				this.jdbc.sql("INSERT INTO access_grant (id, portal_account_id, patient_id, access_type, granted_by, granted_at)"
						+ " VALUES (NEXT VALUE FOR access_grant_seq, ?, ?, 'AUTHORIZED_REP', 'test', CURRENT_TIMESTAMP)")
					.params(id, patient)
					.update();
			}
		}
		insert("umt-csv", "=cmd|' /C calc'!A0", "Comma, \"Quote\"\nNewline", false, null, null, false);
	}

	@Test
	void cliniciansSeeEveryAccountWithItsPatients() throws Exception {
		String page = page("/staff/portal-users?q=umt-00");
		assertThat(rows(page)).containsExactly("umt-000", "umt-001", "umt-002", "umt-003", "umt-004", "umt-005",
				"umt-006", "umt-007", "umt-008", "umt-009");
		assertThat(page).contains("Ortega, Tomas (Authorized Rep)", "<label for=\"q\">Search</label>",
				"<label for=\"status\">Status</label>");
	}

	@Test
	void searchFindsAccountsByAccountNameAndByPatientNameOrMrn() throws Exception {
		assertThat(rows(page("/staff/portal-users?q=UMTEST%20una11"))).containsExactly("umt-011", "umt-110",
				"umt-111", "umt-112", "umt-113", "umt-114", "umt-115", "umt-116", "umt-117", "umt-118", "umt-119");
		String mrn = this.jdbc.sql("SELECT mrn FROM patient WHERE last_name = 'Ortega'").query(String.class).single();
		assertThat(rows(page("/staff/portal-users?q=" + mrn))).containsExactly("umt-000", "umt-001", "umt-002");
		assertThat(rows(page("/staff/portal-users?q=orteg"))).contains("umt-000", "umt-001", "umt-002");
	}

	@Test
	void eachStatusFilterShowsOnlyItsAccounts() throws Exception {
		assertThat(rows(page("/staff/portal-users?q=umt-&status=DISABLED"))).hasSize(40).allMatch((u) -> number(u) % 3 == 0);
		assertThat(rows(page("/staff/portal-users?q=umt-&status=LOCKED"))).containsExactly("umt-000", "umt-040", "umt-080");
		assertThat(rows(page("/staff/portal-users?q=umt-&status=MUST_CHANGE_PASSWORD"))).hasSize(24);
		assertThat(rows(page("/staff/portal-users?q=umt-0&status=NEVER_SIGNED_IN"))).allMatch((u) -> number(u) % 2 == 1);
		assertThat(page("/staff/portal-users?q=umt-040")).contains(">Locked<");
	}

	@Test
	void pagingWalksEveryAccountOnceWhileRowsChange() throws Exception {
		var seen = new LinkedHashSet<String>();
		String url = "/staff/portal-users?q=umt-&sort=NAME";
		int pages = 0;
		while (url != null) {
			String page = page(url);
			List<String> rows = rows(page);
			rows.forEach((u) -> assertThat(seen.add(u)).as("seen twice: " + u).isTrue());
			if (pages++ == 0) {
				// Someone adds an account that sorts before this page: it must not shift later pages.
				insert("umt-late", "Aaron", "Aaumtest", false, null, null, false);
			}
			Matcher next = NEXT.matcher(page);
			url = next.find() ? "/staff/portal-users?q=umt-&sort=NAME&after=" + next.group(1) : null;
		}
		assertThat(pages).isEqualTo(3);
		assertThat(seen).hasSize(121).doesNotContain("umt-late");
	}

	@Test
	void sortByLastSignInPutsNeverSignedInLast() throws Exception {
		this.jdbc.sql("UPDATE portal_account SET last_sign_in_at = TIMESTAMP WITH TIME ZONE '2026-06-01 00:00:00+00' WHERE username = 'umt-119'").update();
		List<String> rows = rows(page("/staff/portal-users?q=umt-1&sort=LAST_SIGN_IN"));
		assertThat(rows.get(0)).isEqualTo("umt-119");
		assertThat(rows.get(rows.size() - 1)).matches("umt-1\\d[13579]");
	}

	@Test
	void csvExportHasEveryMatchingAccountAndNeutralisesFormulas() throws Exception {
		String csv = this.mvc.perform(get("/staff/portal-users/export.csv?q=umt-").with(CLINICIAN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String[] lines = csv.split("\r\n");
		assertThat(lines[0]).isEqualTo(
				"username,first_name,last_name,patients,status,must_change_password,two_step,last_sign_in,created");
		assertThat(csv).contains("umt-csv,'=cmd|' /C calc'!A0,\"Comma, \"\"Quote\"\"\nNewline\"");
		assertThat(csv).containsPattern("umt-000,Una0,Umtest,\\d{7} AUTHORIZED_REP:,DISABLED,true,false,2026-");
		assertThat(csv.lines().filter((l) -> l.startsWith("umt-")).count()).isGreaterThanOrEqualTo(121);
	}

	@Test
	void twoStepSignInIsShownFilteredAndExported() throws Exception {
		long on = insert("umtwo-on", "Tia", "Twostep", false, null, null, false);
		insert("umtwo-off", "Tom", "Twostep", false, null, null, false);
		this.jdbc.sql("UPDATE portal_account SET two_step = TRUE WHERE id = ?").param(on).update();
		assertThat(rows(page("/staff/portal-users?q=umtwo-&twoStep=true"))).containsExactly("umtwo-on");
		assertThat(rows(page("/staff/portal-users?q=umtwo-&twoStep=false"))).containsExactly("umtwo-off");
		assertThat(rows(page("/staff/portal-users?q=umtwo-"))).containsExactly("umtwo-off", "umtwo-on");
		String csv = this.mvc.perform(get("/staff/portal-users/export.csv?q=umtwo-&twoStep=true").with(CLINICIAN))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.split("\r\n")[0]).contains(",must_change_password,two_step,");
		assertThat(csv).contains("umtwo-on,Tia,Twostep,,ENABLED,false,true,").doesNotContain("umtwo-off");
	}

	@Test
	void cliniciansMayLookButNotAct() throws Exception {
		long id = insert("uma-look", "Lou", "Look", false, null, null, false);
		assertThat(page("/staff/portal-users?q=uma-look")).doesNotContain("Force password reset");
		this.mvc.perform(get("/staff/portal-users/confirm").param("single", "DISABLE:" + id).with(CLINICIAN))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/staff/portal-users/apply").param("action", "DISABLE").param("ids", String.valueOf(id))
			.with(CLINICIAN).with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void disableAsksFirstThenDisablesEndsSessionsAndAudits() throws Exception {
		long id = insert("uma-disable", "Dee", "Disable", false, null, null, false);
		String sessionId = openPortalSession(id);
		this.mvc.perform(get("/staff/portal-users/confirm").param("single", "DISABLE:" + id).param("q", "uma-")
			.with(FRONT_DESK))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Disable 1 account?")))
			.andExpect(content().string(containsString("uma-disable")));
		assertThat(enabled(id)).isTrue();
		this.mvc.perform(post("/staff/portal-users/apply").param("action", "DISABLE").param("ids", String.valueOf(id))
			.param("q", "uma-")
			.with(FRONT_DESK)
			.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", "Disabled one account."));
		assertThat(enabled(id)).isFalse();
		assertThat(this.sessions.findById(sessionId)).isNull();
		assertThat(new org.clinicportal.support.AuditRecords(this.jdbc).latest(1).get(0))
			.isEqualTo("PORTAL_ACCOUNT_DISABLED frontdesk null uma-disable");
		this.mvc.perform(post("/staff/portal-users/apply").param("action", "ENABLE").param("ids", String.valueOf(id))
			.with(FRONT_DESK)
			.with(csrf())).andExpect(flash().attribute("message", "Enabled one account."));
		assertThat(enabled(id)).isTrue();
	}

	@Test
	void bulkActionAppliesToEveryAccountMatchingTheFilter() throws Exception {
		for (int i = 0; i < 12; i++) {
			insert(String.format("umb-%02d", i), "Bea" + i, "Bulk", false, i < 4 ? "2999-01-01T00:00:00Z" : null, null, false);
		}
		this.mvc.perform(get("/staff/portal-users/confirm").param("scope", "all").param("action", "FORCE_PASSWORD_RESET")
			.param("q", "umb-")
			.with(FRONT_DESK)).andExpect(content().string(containsString("Force a password reset for 12 accounts?")))
			.andExpect(content().string(containsString("and 2 more")));
		this.mvc.perform(post("/staff/portal-users/apply").param("scope", "all").param("action", "FORCE_PASSWORD_RESET")
			.param("q", "umb-")
			.with(FRONT_DESK)
			.with(csrf())).andExpect(flash().attribute("message", "Password reset forced for 12 accounts."));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM portal_account WHERE username LIKE 'umb-%' AND force_password_change")
			.query(Long.class)
			.single()).isEqualTo(12);
		this.mvc.perform(post("/staff/portal-users/apply").param("scope", "all").param("action", "UNLOCK")
			.param("q", "umb-")
			.with(FRONT_DESK)
			.with(csrf())).andExpect(flash().attribute("message", "Unlocked 4 accounts; 8 were not locked."));
		assertThat(rows(page("/staff/portal-users?q=umb-&status=LOCKED"))).isEmpty();
	}

	@Test
	void accountPageShowsPatientsOpenSessionsAndRecentEventsAndSignsOutEverywhere() throws Exception {
		long id = insert("uma-page", "Page", "Holder", false, null, null, false);
		long patient = this.jdbc.sql("SELECT id FROM patient WHERE first_name = 'Grace' AND last_name = 'Kim'")
			.query(Long.class)
			.single();
		this.jdbc.sql("INSERT INTO access_grant (id, portal_account_id, patient_id, access_type, granted_by, granted_at)"
				+ " VALUES (NEXT VALUE FOR access_grant_seq, ?, ?, 'AUTHORIZED_REP', 'test', CURRENT_TIMESTAMP)")
			.params(id, patient)
			.update();
		String sessionId = openPortalSession(id);
		this.mvc.perform(post("/staff/portal-users/apply").param("action", "FORCE_PASSWORD_RESET")
			.param("ids", String.valueOf(id))
			.with(FRONT_DESK)
			.with(csrf())).andExpect(status().isFound());
		sessionId = openPortalSession(id);

		this.mvc.perform(get("/staff/portal-users/" + id).with(CLINICIAN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kim, Grace")))
			.andExpect(content().string(containsString("Authorized Rep")))
			.andExpect(content().string(containsString("<span>Sections</span>")))
			.andExpect(content().string(containsString("<span>none</span>")))
			.andExpect(content().string(containsString("Ends unless used")))
			.andExpect(content().string(containsString("Portal password reset forced")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Sign out everywhere"))));
		this.mvc.perform(post("/staff/portal-users/" + id + "/sign-out").with(FRONT_DESK).with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.sessions.findById(sessionId)).isNull();
		this.mvc.perform(get("/staff/portal-users/" + id).with(FRONT_DESK))
			.andExpect(content().string(containsString("No open portal sessions.")))
			.andExpect(content().string(containsString("Portal sessions ended")));
		this.mvc.perform(get("/staff/portal-users/999999999").with(FRONT_DESK)).andExpect(status().isNotFound());
	}

	@Test
	void accountPageListsStatusChangesWithWhenAndByWhomApartFromOtherEvents() throws Exception {
		long id = insert("uma-history", "Hal", "History", false, null, null, false);
		for (String action : new String[] { "DISABLE", "ENABLE" }) {
			this.mvc.perform(post("/staff/portal-users/apply").param("action", action).param("ids", String.valueOf(id))
				.with(FRONT_DESK)
				.with(csrf())).andExpect(status().isFound());
		}
		this.mvc.perform(post("/staff/portal-users/" + id + "/sign-out").with(FRONT_DESK).with(csrf()))
			.andExpect(status().isFound());
		this.jdbc.sql("INSERT INTO audit_event (occurred_at, actor, action, detail) VALUES (CURRENT_TIMESTAMP,"
				+ " 'portal:uma-history', 'PORTAL_PASSWORD_CHANGED', NULL)").update();
		this.jdbc.sql("INSERT INTO audit_event (occurred_at, actor, action, detail) VALUES (CURRENT_TIMESTAMP,"
				+ " 'portal:uma-history', 'PORTAL_SIGN_IN', NULL)").update();
		this.jdbc.sql("INSERT INTO audit_event (occurred_at, actor, action, detail) VALUES (CURRENT_TIMESTAMP,"
				+ " 'frontdesk', 'PORTAL_ACCOUNT_DISABLED', 'uma-history-other')").update();

		String page = page("/staff/portal-users/" + id);
		String history = page.substring(page.indexOf("id=\"status-history\""), page.indexOf("Recent audit events"));
		assertThat(history).contains("<h2>Status history</h2>", "Portal account disabled", "Portal account enabled",
				"Portal password changed", "by frontdesk", "by portal:uma-history");
		assertThat(history.split("Portal account disabled", -1)).hasSize(2);
		assertThat(history).doesNotContain("Portal sessions ended", "Portal sign-in");
		assertThat(history.indexOf("Portal password changed")).isLessThan(history.indexOf("Portal account enabled"));
		assertThat(page.substring(page.indexOf("Recent audit events"))).contains("Portal sessions ended");
		assertThat(page("/staff/portal-users/" + insert("uma-quiet", "Quinn", "Quiet", false, null, null, false)))
			.contains("No status changes recorded.");
	}

	@Test
	void largeBulkActionRunsInTheBackgroundWithAProgressBarAndASummary() throws Exception {
		for (int i = 0; i < 600; i++) {
			insert(String.format("umj-%03d", i), "Jo" + i, "Job", false, null, null, false);
		}
		String jobPage = this.mvc.perform(post("/staff/portal-users/apply").param("action", "DISABLE").param("scope", "all")
			.param("q", "umj-")
			.with(FRONT_DESK)
			.with(csrf()))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(jobPage).startsWith("/staff/portal-users/jobs/");
		String page = "";
		for (int i = 0; i < 100 && !page.contains("role=\"status\""); i++) {
			page = this.mvc.perform(get(jobPage).with(FRONT_DESK)).andReturn().getResponse().getContentAsString();
			if (!page.contains("role=\"status\"")) {
				assertThat(page).contains("<progress", "http-equiv=\"refresh\"");
				Thread.sleep(100);
			}
		}
		assertThat(page).contains("600 of 600 accounts done", "Disabled 600 accounts.")
			.doesNotContain("http-equiv=\"refresh\"");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM portal_account WHERE username LIKE 'umj-%' AND NOT enabled")
			.query(Long.class)
			.single()).isEqualTo(600);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'PORTAL_ACCOUNT_DISABLED'"
				+ " AND actor = 'frontdesk' AND detail LIKE 'umj-%'")
			.query(Long.class)
			.single()).isEqualTo(600);
		this.mvc.perform(get("/staff/portal-users/jobs/no-such-job").with(FRONT_DESK)).andExpect(status().isNotFound());
	}

	@Test
	void actionWithNothingSelectedSaysSo() throws Exception {
		this.mvc.perform(get("/staff/portal-users/confirm").param("action", "DISABLE").with(FRONT_DESK))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("error", containsString("Tick one or more accounts first")));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private String openPortalSession(long accountId) {
		FindByIndexNameSessionRepository raw = this.sessions;
		Session session = raw.createSession();
		session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "portal:" + accountId);
		raw.save(session);
		assertThat(this.sessions.findByPrincipalName("portal:" + accountId)).hasSize(1);
		return session.getId();
	}

	private boolean enabled(long id) {
		return this.jdbc.sql("SELECT enabled FROM portal_account WHERE id = ?").param(id).query(Boolean.class).single();
	}

	@Test
	void unreadableFilterValuesAreLeftOutWithAMessage() throws Exception {
		assertThat(page("/staff/portal-users?status=SOMETIMES&after=garbage")).contains("could not be read");
		String cutShort = page("/staff/portal-users?q=umt-&sort=CREATED&after=bm90IGEgdGltZQpYWQ");
		assertThat(cutShort).contains("could not be read");
		assertThat(rows(cutShort)).hasSize(50);
	}

	private long insert(String username, String first, String last, boolean disabled, String lockedUntil,
			String lastSignIn, boolean mustChange) {
		long id = this.jdbc.sql("SELECT NEXT VALUE FOR portal_account_seq").query(Long.class).single();
		this.jdbc.sql("""
				INSERT INTO portal_account (id, username, username_key, first_name, last_name, enabled,
				  force_password_change, password_hash, password_changed_at, failed_sign_ins, locked_until,
				  last_sign_in_at, created_at, updated_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, '{argon2}unused', CURRENT_TIMESTAMP, 0, ?, ?, ?, CURRENT_TIMESTAMP, 0)
				""")
			.params(id, username, username, first, last, !disabled, mustChange, time(lockedUntil), time(lastSignIn),
					OffsetDateTime.ofInstant(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(id), ZoneOffset.UTC))
			.update();
		return id;
	}

	private static OffsetDateTime time(String iso) {
		return (iso != null) ? OffsetDateTime.ofInstant(Instant.parse(iso), ZoneOffset.UTC) : null;
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(java.net.URI.create(url)).with(CLINICIAN)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private static List<String> rows(String page) {
		var rows = new ArrayList<String>();
		Matcher matcher = ROW.matcher(page);
		while (matcher.find()) {
			rows.add(matcher.group(1));
		}
		return rows;
	}

	private static int number(String username) {
		return Integer.parseInt(username.substring(4));
	}

}
