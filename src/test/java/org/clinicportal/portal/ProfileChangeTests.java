package org.clinicportal.portal;

import jakarta.servlet.http.Cookie;

import org.clinicportal.account.AccessType;
import org.clinicportal.form.FormsSection;
import org.clinicportal.account.PortalTestAccounts;
import org.clinicportal.support.AuditRecords;
import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Proposed profile changes: proposed in the portal, accepted or rejected on the Patient Dashboard. */
@ClinicPortalTest
class ProfileChangeTests {

	private static final String PASSWORD = "granite willow comet parade";

	private static final RequestPostProcessor FRONT_DESK = user("frontdesk").roles("FRONT_DESK");

	private static int patients;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApplicationContext context;

	private PortalTestAccounts accounts;

	private long patient;

	private String username;

	private Cookie portal;

	@BeforeEach
	void setUp() throws Exception {
		this.accounts = new PortalTestAccounts(this.context);
		this.patient = newPatient();
		this.username = PortalMvc.username();
		this.accounts.create(this.username, PASSWORD, false, this.patient, AccessType.SELF, ProfileSection.KEY);
		this.portal = PortalMvc.signIn(this.mvc, this.username, PASSWORD);
	}

	@Test
	void profileFormIsPrefilledWithTheDetailsOnFile() throws Exception {
		this.mvc.perform(get(profile()).cookie(this.portal))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Propose changes")))
			.andExpect(content().string(containsString("value=\"(555) 010-1000\"")))
			.andExpect(content().string(containsString("value=\"1 Elm Street\"")))
			.andExpect(content().string(containsString("<dd>English</dd>")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void proposalWaitsForReviewAndStaffSeeOldAndNewValuesSideBySide() throws Exception {
		MvcResult sent = propose("(555) 777-8888", "new@example.org", "1 Elm Street").andReturn();
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo(profile());
		assertThat(new AuditRecords(this.jdbc).latest(1).get(0)).isEqualTo("PROFILE_CHANGE_PROPOSED portal:"
				+ this.username + " " + this.patient + " fields: phone, email");
		this.mvc.perform(get(profile()).cookie(this.portal))
			.andExpect(content().string(containsString("Your changes were sent to the clinic for review.")))
			.andExpect(content().string(containsString("Waiting for the clinic&#39;s review")))
			.andExpect(content().string(containsString("The form shows your changes that are waiting for review.")))
			.andExpect(content().string(containsString("value=\"(555) 777-8888\"")))
			.andExpect(content().string(containsString("value=\"new@example.org\"")));

		String dashboard = dashboard();
		assertThat(dashboard).contains("Portal changes to review", "Proposed through the portal by " + this.username
				+ " (Self)", "Accept", "Reject", "Reason for rejecting");
		assertThat(row(dashboard, "Phone")).contains("(555) 010-1000", "(555) 777-8888");
		assertThat(row(dashboard, "Email")).contains("pat@example.org", "new@example.org");
		assertThat(dashboard).as("only changed fields are proposed").doesNotContain("<th scope=\"row\">City</th>");
		assertThat(this.jdbc.sql("SELECT phone FROM patient WHERE id = ?").param(this.patient).query(String.class).single())
			.as("nothing changes before staff accept").isEqualTo("(555) 010-1000");
	}

	@Test
	void dashboardHasNoReviewPanelWhenNothingWaits() throws Exception {
		assertThat(dashboard()).doesNotContain("Portal changes to review");
	}

	@Test
	void representativeIsNamedAsAuthorizedRepOnTheDashboard() throws Exception {
		String rep = PortalMvc.username();
		this.accounts.create(rep, PASSWORD, false, this.patient, AccessType.AUTHORIZED_REP, ProfileSection.KEY);
		this.portal = PortalMvc.signIn(this.mvc, rep, PASSWORD);
		propose("(555) 777-8888", "pat@example.org", "1 Elm Street");
		assertThat(dashboard()).contains("Proposed through the portal by " + rep + " (Authorized Rep)");
	}

	@Test
	void proposalWithNothingChangedSaysSoAndStoresNothing() throws Exception {
		propose("(555) 010-1000", "pat@example.org", " 1 Elm Street ").andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing was sent: the details are the same as on file.")));
		assertThat(dashboard()).doesNotContain("Portal changes to review");
	}

	@Test
	void badEmailAndPhoneAreRefusedWithMessages() throws Exception {
		propose("call me", "not-an-email", "1 Elm Street").andExpect(status().isOk())
			.andExpect(content().string(containsString("Please enter an email address such as name@example.org.")))
			.andExpect(content().string(containsString("Please enter a phone number of 7 to 30 characters, using digits")))
			.andExpect(content().string(containsString("value=\"not-an-email\"")));
		propose("5".repeat(300), "pat@example.org", "1 Elm Street").andExpect(status().isOk())
			.andExpect(content().string(containsString("Please enter a phone number of 7 to 30 characters")));
		assertThat(dashboard()).doesNotContain("Portal changes to review");
	}

	@Test
	void acceptAppliesTheNewValuesAndTheAuditTrailSaysWhichFields() throws Exception {
		propose("(555) 777-8888", "pat@example.org", "22 Oak Avenue");
		MvcResult accepted = this.mvc.perform(staff(post(decide("accept")))).andReturn();
		assertThat(followRedirect(accepted)).contains("The proposed changes were applied to the chart.")
			.doesNotContain("Portal changes to review")
			.contains("(555) 777-8888", "22 Oak Avenue");
		assertThat(new AuditRecords(this.jdbc).latest(3)).containsSubsequence(
				"PATIENT_UPDATED frontdesk " + this.patient + " changed: phone, addressLine1",
				"PROFILE_CHANGE_ACCEPTED frontdesk " + this.patient + " fields: phone, addressLine1");
		this.mvc.perform(get(profile()).cookie(this.portal))
			.andExpect(content().string(containsString("Your changes were accepted")))
			.andExpect(content().string(not(containsString("Waiting for the clinic"))))
			.andExpect(content().string(containsString("value=\"(555) 777-8888\"")));
	}

	@Test
	void acceptAfterStaffChangedTheSameFieldIsRefusedAndNothingIsOverwritten() throws Exception {
		propose("(555) 777-8888", "pat@example.org", "1 Elm Street");
		this.mvc.perform(staff(post("/staff/patients/" + this.patient + "/demographics"))
			.param("firstName", "Pat")
			.param("lastName", lastName())
			.param("dateOfBirth", "1980-01-01")
			.param("sex", "UNKNOWN")
			.param("preferredLanguage", "en")
			.param("phone", "(555) 123-4567")
			.param("email", "pat@example.org")
			.param("addressLine1", "1 Elm Street")
			.param("version", String.valueOf(version()))).andExpect(status().isFound());
		MvcResult refused = this.mvc.perform(staff(post(decide("accept")))).andReturn();
		String page = followRedirect(refused);
		assertThat(page).contains("Not accepted: the chart was changed after these changes were proposed. Nothing was overwritten.")
			.contains("Portal changes to review", "changed since");
		assertThat(row(page, "Phone")).contains("(555) 123-4567", "(555) 777-8888");
		assertThat(phone()).isEqualTo("(555) 123-4567");
	}

	@Test
	void acceptAfterAnUnrelatedChangeToTheChartStillApplies() throws Exception {
		propose("(555) 777-8888", "pat@example.org", "1 Elm Street");
		long clinician = this.jdbc.sql("SELECT id FROM staff_user WHERE username = 'clinician'").query(Long.class).single();
		this.mvc.perform(staff(post("/staff/patients/" + this.patient + "/staff-assignments"))
			.param("staffIds", String.valueOf(clinician))
			.param("version", String.valueOf(version()))).andExpect(status().isFound());
		followRedirect(this.mvc.perform(staff(post(decide("accept")))).andReturn());
		assertThat(phone()).isEqualTo("(555) 777-8888");
	}

	@Test
	void decidingAChangeTwiceSaysItWasAlreadyDecided() throws Exception {
		propose("(555) 777-8888", "pat@example.org", "1 Elm Street");
		this.mvc.perform(staff(post(decide("accept"))));
		String page = followRedirect(this.mvc.perform(staff(post(decide("reject"))).param("reason", "late")).andReturn());
		assertThat(page).contains("Nothing was saved: these changes were already decided");
		assertThat(phone()).isEqualTo("(555) 777-8888");
	}

	@Test
	void newProposalReplacesTheOneWaitingAndTheOldOneCannotBeAccepted() throws Exception {
		propose("(555) 777-8888", "pat@example.org", "1 Elm Street");
		long first = pendingChange();
		propose("(555) 999-0000", "pat@example.org", "1 Elm Street").andExpect(redirectedUrl(profile()));
		assertThat(new AuditRecords(this.jdbc).latest(1).get(0)).endsWith("fields: phone; replaces the change waiting for review");
		this.mvc.perform(get(profile()).cookie(this.portal))
			.andExpect(content().string(containsString("replace the ones that were waiting")))
			.andExpect(content().string(containsString("(555) 999-0000")))
			.andExpect(content().string(not(containsString("(555) 777-8888"))));
		String page = followRedirect(this.mvc.perform(staff(post(decide(first, "accept")))).andReturn());
		assertThat(page).contains("Nothing was saved: these changes were already decided");
		assertThat(row(page, "Phone")).contains("(555) 999-0000");
		assertThat(phone()).isEqualTo("(555) 010-1000");
	}

	@Test
	void rejectWithoutReasonAsksForOneAndKeepsTheChangeWaiting() throws Exception {
		propose("(555) 777-8888", "pat@example.org", "1 Elm Street");
		String page = followRedirect(this.mvc.perform(staff(post(decide("reject"))).param("reason", "  ")).andReturn());
		assertThat(page).contains("Please give a reason for rejecting.", "Portal changes to review");
		assertThat(new AuditRecords(this.jdbc).latest(3)).noneMatch((line) -> line.startsWith("PROFILE_CHANGE_REJECTED"));
	}

	@Test
	void rejectWithReasonLeavesTheChartAndThePortalShowsTheReason() throws Exception {
		propose("(555) 777-8888", "pat@example.org", "1 Elm Street");
		String page = followRedirect(this.mvc
			.perform(staff(post(decide("reject"))).param("reason", "Please call us to confirm the new number."))
			.andReturn());
		assertThat(page).contains("The proposed changes were rejected.").doesNotContain("Portal changes to review");
		assertThat(new AuditRecords(this.jdbc).latest(2))
			.contains("PROFILE_CHANGE_REJECTED frontdesk " + this.patient + " fields: phone");
		assertThat(phone()).isEqualTo("(555) 010-1000");
		this.mvc.perform(get(profile()).cookie(this.portal))
			.andExpect(content().string(containsString("Your changes were not accepted")))
			.andExpect(content().string(containsString("Please call us to confirm the new number.")));
	}

	@Test
	void representativeWithoutProfilePermissionGetsNotFoundForThePageAndTheForm() throws Exception {
		String rep = PortalMvc.username();
		this.accounts.create(rep, PASSWORD, false, this.patient, AccessType.AUTHORIZED_REP, FormsSection.KEY);
		this.portal = PortalMvc.signIn(this.mvc, rep, PASSWORD);
		this.mvc.perform(get(profile()).cookie(this.portal)).andExpect(status().isNotFound());
		propose("(555) 777-8888", "pat@example.org", "1 Elm Street").andExpect(status().isNotFound());
		assertThat(dashboard()).doesNotContain("Portal changes to review");
	}

	@Test
	void anotherPatientsProfileIsNotFoundAndCannotBeChanged() throws Exception {
		long other = newPatient();
		this.mvc.perform(get("/portal/patients/" + other + "/profile").cookie(this.portal))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/portal/patients/" + other + "/profile").cookie(this.portal).with(csrf())
			.param("phone", "(555) 777-8888")).andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM profile_change WHERE patient_id = ?").param(other)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void proposalAndDecisionWithoutCsrfTokenAreRefused() throws Exception {
		this.mvc.perform(post(profile()).cookie(this.portal).param("phone", "(555) 777-8888"))
			.andExpect(redirectedUrl("/portal/login"));
		assertThat(dashboard()).doesNotContain("Portal changes to review");
		propose("(555) 777-8888", "pat@example.org", "1 Elm Street");
		this.mvc.perform(post(decide("accept")).with(FRONT_DESK)).andExpect(status().isForbidden());
		assertThat(phone()).isEqualTo("(555) 010-1000");
	}

	private org.springframework.test.web.servlet.ResultActions propose(String phone, String email, String address)
			throws Exception {
		return this.mvc.perform(post(profile()).cookie(this.portal)
			.with(csrf())
			.param("phone", phone)
			.param("email", email)
			.param("addressLine1", address)
			.param("addressLine2", "")
			.param("city", "Springfield")
			.param("state", "IL")
			.param("postalCode", "62701"));
	}

	private String profile() {
		return "/portal/patients/" + this.patient + "/profile";
	}

	private String decide(String decision) {
		return decide(pendingChange(), decision);
	}

	private String decide(long change, String decision) {
		return "/staff/patients/" + this.patient + "/profile-changes/" + change + "/" + decision;
	}

	private long pendingChange() {
		return this.jdbc.sql("SELECT id FROM profile_change WHERE patient_id = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
			.param(this.patient)
			.query(Long.class)
			.single();
	}

	private MockHttpServletRequestBuilder staff(MockHttpServletRequestBuilder request) {
		return request.with(FRONT_DESK).with(csrf());
	}

	private String dashboard() throws Exception {
		return this.mvc.perform(get("/staff/patients/" + this.patient).with(FRONT_DESK))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The page a staff decision redirects to, with its flash message, as the browser would show it. */
	private String followRedirect(MvcResult result) throws Exception {
		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/staff/patients/" + this.patient);
		Cookie session = result.getResponse().getCookie("SESSION");
		var request = get("/staff/patients/" + this.patient).with(FRONT_DESK);
		if (session != null) {
			request.cookie(session);
		}
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	/** The table row of the review panel for one field. */
	private static String row(String page, String label) {
		int start = page.indexOf("<th scope=\"row\">" + label + "</th>");
		assertThat(start).as("row " + label).isPositive();
		return page.substring(start, page.indexOf("</tr>", start));
	}

	private String phone() {
		return this.jdbc.sql("SELECT phone FROM patient WHERE id = ?").param(this.patient).query(String.class).single();
	}

	private long version() {
		return this.jdbc.sql("SELECT version FROM patient WHERE id = ?").param(this.patient).query(Long.class).single();
	}

	private String lastName() {
		return this.jdbc.sql("SELECT last_name FROM patient WHERE id = ?").param(this.patient).query(String.class).single();
	}

	private long newPatient() throws Exception {
		String lastName = "Proposaltest" + (++patients) + Long.toHexString(System.nanoTime());
		String location = this.mvc.perform(staff(post("/staff/patients/new"))
			.param("firstName", "Pat")
			.param("lastName", lastName)
			.param("dateOfBirth", "1980-01-01")
			.param("sex", "UNKNOWN")
			.param("preferredLanguage", "en"))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		this.jdbc.sql("UPDATE patient SET phone = '(555) 010-1000', email = 'pat@example.org',"
				+ " address_line1 = '1 Elm Street', city = 'Springfield', state = 'IL', postal_code = '62701' WHERE id = ?")
			.param(id)
			.update();
		return id;
	}

}
