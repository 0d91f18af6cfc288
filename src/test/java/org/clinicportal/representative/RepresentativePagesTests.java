package org.clinicportal.representative;

import jakarta.servlet.http.Cookie;

import org.clinicportal.account.Relationship;
import org.clinicportal.account.RepresentativeBasis;
import org.clinicportal.portal.PortalMvc;
import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The setup form's rules for representatives, the portal's enforcement of them, and the patient's own say. */
@ClinicPortalTest
class RepresentativePagesTests {

	private static final RequestPostProcessor FRONT_DESK = user("frontdesk").roles("FRONT_DESK");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcClient jdbc;

	private RepresentativeFamilies families;

	@BeforeEach
	void setUp() {
		this.families = new RepresentativeFamilies(this.mvc, this.context);
	}

	@Test
	void parentOfEightAndFifteenYearOldSeesFormsForTheFirstOnlyAndAWithheldSectionIsNotFound() throws Exception {
		long child = this.families.patientAged("Noah", 8);
		long teen = this.families.patientAged("Mia", 15);
		String parent = PortalMvc.username();
		long account = this.families.representative(parent, child, Relationship.PARENT, RepresentativeBasis.PARENT_OF_MINOR,
				"PROFILE", "FORMS", "MESSAGES");
		// ticked before the rules applied: the grant still says Forms and Messages
		this.families.alsoFor(account, teen, Relationship.PARENT, RepresentativeBasis.PARENT_OF_MINOR, "PROFILE", "FORMS",
				"MESSAGES");
		Cookie session = PortalMvc.signIn(this.mvc, parent, RepresentativeFamilies.PASSWORD);
		this.mvc.perform(get("/portal/patients/" + child + "/forms").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(get("/portal/patients/" + teen + "/forms").cookie(session)).andExpect(status().isNotFound());
		this.mvc.perform(get("/portal/patients/" + teen + "/messages").cookie(session)).andExpect(status().isNotFound());
		this.mvc.perform(get("/portal/patients/" + teen + "/profile").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(get("/portal/patients/" + teen).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/portal/patients/" + teen + "/forms"))));
		// nor is the parent told of new messages for the teenager
		var recipients = this.context.getBean(org.clinicportal.account.PortalRecipients.class);
		assertThat(recipients.withSection(child, "MESSAGES")).extracting((r) -> r.accountId()).contains(account);
		assertThat(recipients.withSection(teen, "MESSAGES")).extracting((r) -> r.accountId()).doesNotContain(account);
		var users = this.context.getBean(org.clinicportal.account.PortalUsers.class);
		assertThat(users.contacts(teen, "FORMS")).extracting((c) -> c.accountId()).doesNotContain(account);
		assertThat(users.contacts(teen, "PROFILE")).extracting((c) -> c.accountId()).contains(account);
	}

	@Test
	void setupFormRefusesSectionsWithheldFromAParentAndSaysWhy() throws Exception {
		long teen = this.families.patientAged("Ella", 15);
		this.mvc.perform(save(teen, PortalMvc.username()).param("relationship", "PARENT")
			.param("basis", "PARENT_OF_MINOR")
			.param("permissions", "PROFILE", "FORMS", "MESSAGES"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Forms, Messages cannot be given: the patient is 15, and the clinic keeps minors&#39; records confidential from 12.")));
		String username = PortalMvc.username();
		this.mvc.perform(save(teen, username).param("relationship", "PARENT")
			.param("basis", "PARENT_OF_MINOR")
			.param("permissions", "PROFILE", "APPOINTMENTS")).andExpect(status().isFound());
		long account = accountId(username);
		this.mvc.perform(get("/staff/patients/" + teen + "/portal-account").param("account", String.valueOf(account))
			.with(FRONT_DESK))
			.andExpect(content().string(containsString("Sees: Profile, Appointments.")))
			.andExpect(content().string(containsString("when the patient turns 18.")));
		this.mvc.perform(get("/staff/patients/" + teen).with(FRONT_DESK))
			.andExpect(content().string(containsString("Sees: Profile, Appointments.")));
	}

	@Test
	void setupFormRefusesEveryIncompleteBasis() throws Exception {
		long adult = this.families.patientAged("Omar", 40);
		this.mvc.perform(save(adult, PortalMvc.username()))
			.andExpect(content().string(containsString("Choose the relationship of an Authorized Rep.")))
			.andExpect(content().string(containsString("Choose the basis of an Authorized Rep&#39;s access.")));
		this.mvc.perform(save(adult, PortalMvc.username()).param("relationship", "PARENT").param("basis", "PARENT_OF_MINOR"))
			.andExpect(content().string(containsString("a parent&#39;s access as of a minor ends at 18")));
		this.mvc.perform(save(adult, PortalMvc.username()).param("relationship", "LEGAL_GUARDIAN")
			.param("basis", "LEGAL_GUARDIAN")).andExpect(content().string(containsString("guardianship document")));
		this.mvc.perform(save(adult, PortalMvc.username()).param("relationship", "SPOUSE_OR_PARTNER")
			.param("basis", "WRITTEN_CONSENT")).andExpect(content().string(containsString("gave written consent")));
		this.mvc.perform(save(adult, PortalMvc.username()).param("relationship", "SPOUSE_OR_PARTNER")
			.param("basis", "WRITTEN_CONSENT")
			.param("consentGivenOn", "2020-01-01")
			.param("accessEndsOn", "2020-06-01")).andExpect(content().string(containsString("must be after today")));
		long child = this.families.patientAged("Lily", 8);
		this.mvc.perform(save(child, PortalMvc.username(), "SELF"))
			.andExpect(content().string(containsString("The patient is 8: a patient may have their own account from 12.")));
	}

	@Test
	void consentGivesAYearByDefault() throws Exception {
		long adult = this.families.patientAged("Ruth", 70);
		String username = PortalMvc.username();
		this.mvc.perform(save(adult, username).param("relationship", "ADULT_CHILD")
			.param("basis", "WRITTEN_CONSENT")
			.param("consentGivenOn", java.time.LocalDate.now().toString())
			.param("permissions", "APPOINTMENTS")).andExpect(status().isFound());
		assertThat(this.jdbc.sql("SELECT access_ends_on FROM representative_terms WHERE portal_account_id = ?")
			.param(accountId(username))
			.query(java.time.LocalDate.class)
			.single()).isEqualTo(java.time.LocalDate.now().plusYears(1));
	}

	@Test
	void adultRevokesSpouseAndTheSpousesOpenSessionEnds() throws Exception {
		long adult = this.families.patientAged("Grace", 45);
		String patient = PortalMvc.username();
		this.families.self(patient, adult, "PROFILE", "FORMS");
		String spouse = PortalMvc.username();
		long spouseAccount = this.families.representative(spouse, adult, Relationship.SPOUSE_OR_PARTNER,
				RepresentativeBasis.WRITTEN_CONSENT, "PROFILE");
		Cookie spouseSession = PortalMvc.signIn(this.mvc, spouse, RepresentativeFamilies.PASSWORD);
		this.mvc.perform(get("/portal/patients/" + adult + "/profile").cookie(spouseSession)).andExpect(status().isOk());
		// the spouse has no say
		this.mvc.perform(get("/portal/patients/" + adult + "/representatives").cookie(spouseSession))
			.andExpect(status().isNotFound());

		Cookie own = PortalMvc.signIn(this.mvc, patient, RepresentativeFamilies.PASSWORD);
		String list = "/portal/patients/" + adult + "/representatives";
		this.mvc.perform(get(list).cookie(own))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Spouse or partner")));
		this.mvc.perform(get(list + "/" + spouseAccount + "/revoke").cookie(own))
			.andExpect(content().string(containsString("will no longer see anything")));
		this.mvc.perform(post(list + "/" + spouseAccount + "/revoke").cookie(own).with(csrf()))
			.andExpect(redirectedUrl(list));

		this.mvc.perform(get("/portal/patients/" + adult + "/profile").cookie(spouseSession))
			.andExpect(redirectedUrl("/portal/login"));
		assertThat(PortalMvc.signIn(this.mvc, spouse, RepresentativeFamilies.PASSWORD)).as("signs in, to nothing").isNotNull();
		this.mvc.perform(get(list + "/" + spouseAccount + "/revoke").cookie(own)).andExpect(status().isNotFound());
		this.mvc.perform(get("/staff/patients/" + adult).with(FRONT_DESK))
			.andExpect(content().string(containsString("The patient revoked this access on")));
		this.mvc.perform(get("/staff/representatives").with(FRONT_DESK))
			.andExpect(content().string(containsString("revoked")));
	}

	@Test
	void patientAsksTheClinicToAddSomeoneAndStaffApproveFromThePrefilledFormOrDecline() throws Exception {
		long adult = this.families.patientAged("Iris", 30);
		String patient = PortalMvc.username();
		this.families.self(patient, adult, "PROFILE");
		Cookie own = PortalMvc.signIn(this.mvc, patient, RepresentativeFamilies.PASSWORD);
		String list = "/portal/patients/" + adult + "/representatives";
		this.mvc.perform(post(list + "/ask").cookie(own).with(csrf()).param("firstName", "Tom").param("lastName", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Tom\"")));
		String email = PortalMvc.username();
		for (String first : new String[] { "Tom", "Ann" }) {
			this.mvc.perform(post(list + "/ask").cookie(own).with(csrf())
				.param("firstName", first)
				.param("lastName", "Reyes")
				.param("email", first.equals("Tom") ? email : "ann." + email)
				.param("relationship", "SPOUSE_OR_PARTNER")
				.param("sections", "PROFILE", "APPOINTMENTS")).andExpect(redirectedUrl(list));
		}
		var requests = this.jdbc.sql("SELECT id FROM representative_request WHERE patient_id = ? ORDER BY id")
			.param(adult)
			.query(Long.class)
			.list();
		String approve = this.mvc
			.perform(get("/staff/patients/" + adult + "/representative-requests/" + requests.get(0) + "/approve")
				.with(FRONT_DESK))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(approve).with(FRONT_DESK))
			.andExpect(content().string(containsString("value=\"" + email + "\"")))
			.andExpect(content().string(containsString("name=\"requestId\" value=\"" + requests.get(0) + "\"")));
		this.mvc.perform(save(adult, email).param("firstName", "Tom")
			.param("lastName", "Reyes")
			.param("relationship", "SPOUSE_OR_PARTNER")
			.param("basis", "WRITTEN_CONSENT")
			.param("consentGivenOn", java.time.LocalDate.now().toString())
			.param("permissions", "PROFILE", "APPOINTMENTS")
			.param("requestId", String.valueOf(requests.get(0)))).andExpect(status().isFound());
		String decline = "/staff/patients/" + adult + "/representative-requests/" + requests.get(1) + "/decline";
		this.mvc.perform(post(decline).with(FRONT_DESK).with(csrf()).param("reason", " "))
			.andExpect(redirectedUrl("/staff/representatives"));
		this.mvc.perform(post(decline).with(FRONT_DESK).with(csrf()).param("reason", "We need Ann's signed consent first."));
		this.mvc.perform(get(list).cookie(own))
			.andExpect(content().string(containsString("Added")))
			.andExpect(content().string(containsString("The clinic said: We need Ann&#39;s signed consent first.")));
	}

	@Test
	void whatATeenagerStartsStaysHiddenFromTheirGuardianAfterTheyComeOfAge() throws Exception {
		long teen = this.families.patientAged("Ava", 16);
		String own = PortalMvc.username();
		this.families.self(own, teen, "PROFILE", "MESSAGES");
		String guardian = PortalMvc.username();
		this.families.representative(guardian, teen, Relationship.LEGAL_GUARDIAN, RepresentativeBasis.LEGAL_GUARDIAN,
				"PROFILE", "MESSAGES");
		long pool = this.jdbc.sql("SELECT MIN(id) FROM message_pool").query(Long.class).single();
		Cookie session = PortalMvc.signIn(this.mvc, own, RepresentativeFamilies.PASSWORD);
		this.mvc.perform(multipart("/portal/patients/{p}/messages/new", teen).cookie(session)
			.with(csrf())
			.param("pool", String.valueOf(pool))
			.param("subject", "Something private")
			.param("body", "Only for my therapist.")).andExpect(status().isFound());
		assertThat(this.jdbc.sql("SELECT patient_only FROM conversation WHERE patient_id = ?")
			.param(teen)
			.query(Boolean.class)
			.single()).as("stored when it was started").isTrue();
		// two years on the patient is an adult: it stays hidden from the guardian
		this.jdbc.sql("UPDATE patient SET date_of_birth = ? WHERE id = ?")
			.params(java.time.LocalDate.now().minusYears(19), teen)
			.update();
		Cookie guardianSession = PortalMvc.signIn(this.mvc, guardian, RepresentativeFamilies.PASSWORD);
		this.mvc.perform(get("/portal/patients/" + teen + "/messages").cookie(guardianSession))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Something private"))));
		this.mvc.perform(get("/portal/patients/" + teen + "/messages").cookie(session))
			.andExpect(content().string(containsString("Something private")));
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder save(long patient,
			String username) {
		return save(patient, username, "AUTHORIZED_REP");
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder save(long patient,
			String username, String accessType) {
		return post("/staff/patients/" + patient + "/portal-account").with(FRONT_DESK)
			.with(csrf())
			.param("save", "")
			.param("username", username)
			.param("firstName", "Pat")
			.param("lastName", "Parent")
			.param("accessType", accessType)
			.param("defaultsFor", accessType);
	}

	private long accountId(String username) {
		return this.jdbc.sql("SELECT id FROM portal_account WHERE username = ?").param(username).query(Long.class).single();
	}

}
