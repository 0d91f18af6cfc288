package org.clinicportal.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.clinicportal.form.FormsSection;
import org.clinicportal.portal.ProfileSection;
import org.clinicportal.support.AuditRecords;
import org.clinicportal.support.OutboxMail;
import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ClinicPortalTest
class AccountSetupControllerTests {

	private static final RequestPostProcessor FRONT_DESK = user("frontdesk").roles("FRONT_DESK");

	private static final Pattern GROUPED = Pattern.compile("[A-HJ-NP-Za-km-np-z2-9]{4}(-[A-HJ-NP-Za-km-np-z2-9]{4}){3}");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PortalAccountRepository accounts;

	@Autowired
	private PasswordEncoder encoder;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void setupFormHasTheLabelsStaffKnow() throws Exception {
		long patient = patient("Chidi", "Okafor");
		this.mvc.perform(get(setup(patient)).with(FRONT_DESK))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"username\">Username</label>")))
			.andExpect(content().string(containsString("aria-label=\"Load patient information\"")))
			.andExpect(content().string(containsString("<label for=\"firstName\">First Name</label>")))
			.andExpect(content().string(containsString("<label for=\"lastName\">Last Name</label>")))
			.andExpect(content().string(containsString("<label for=\"accessType\">Access Type</label>")))
			.andExpect(content().string(containsString(">Self</option>")))
			.andExpect(content().string(containsString(">Authorized Rep</option>")))
			.andExpect(content().string(containsString("Force Password Change on Next Login")))
			.andExpect(content().string(containsString("<legend>Account Permissions</legend>")))
			.andExpect(content().string(containsString(">Save</button>")))
			.andExpect(content().string(containsString(">New</a>")))
			.andExpect(content().string(containsString(">User Management</a>")))
			.andExpect(content().string(containsString(
					"href=\"/staff/patients/" + patient + "/forms\">Request Forms</a>")));
	}

	@Test
	void wandLoadsThePatientsEmailAndNamesWithoutSaving() throws Exception {
		long patient = patient("Chidi", "Okafor");
		this.mvc.perform(post(setup(patient)).with(FRONT_DESK).with(csrf()).param("wand", "").param("username", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"chidi.okafor@example.org\"")))
			.andExpect(content().string(containsString("value=\"Chidi\"")))
			.andExpect(content().string(containsString("value=\"Okafor\"")));
		assertThat(this.accounts.findByUsernameKey("chidi.okafor@example.org")).isEmpty();
	}

	@Test
	void postNamingBothTheWandAndSaveSavesWhatWasTyped() throws Exception {
		long patient = patient("Chidi", "Okafor");
		this.mvc.perform(save(patient, "ada.typed@example.org", "Ada", "Typed", "AUTHORIZED_REP")
			.param("defaultsFor", "AUTHORIZED_REP")
			.param("wand", "")).andExpect(status().isFound());
		assertThat(this.accounts.findByUsernameKey("ada.typed@example.org")).isPresent();
	}

	@Test
	void savingANewAccountShowsCredentialsOnceAndKeepsOnlyAHash() throws Exception {
		long patient = patient("Margaret", "Ellison");
		MvcResult saved = this.mvc.perform(save(patient, "margaret.ellison@example.org", "Margaret", "Ellison", "SELF")
			.param("permissions", "PROFILE", "FORMS")).andExpect(status().isFound()).andReturn();
		Cookie session = saved.getResponse().getCookie("SESSION");
		List<byte[]> storedSession = this.jdbc.sql("SELECT ATTRIBUTE_BYTES FROM SPRING_SESSION_ATTRIBUTES")
			.query(byte[].class)
			.list();

		String page = this.mvc.perform(get(saved.getResponse().getRedirectedUrl()).with(FRONT_DESK).cookie(session))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var matcher = GROUPED.matcher(page);
		assertThat(matcher.find()).as("grouped password on the page").isTrue();
		String password = matcher.group().replace("-", "");
		assertThat(page).contains("Credentials", "Credential message", "Copy message", "Portal account margaret.ellison@example.org created.",
				"http://localhost:8080/portal", "data-password=\"" + password + "\"");
		assertThat(storedSession).noneMatch((bytes) -> new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains(password));

		PortalAccount account = this.accounts.findByUsernameKey("margaret.ellison@example.org").orElseThrow();
		assertThat(account.getPasswordHash()).startsWith("{argon2}").doesNotContain(password);
		assertThat(this.encoder.matches(password, account.getPasswordHash())).isTrue();
		assertThat(account.isForcePasswordChange()).isTrue();
		assertThat(account.getPasswordExpiresAt()).isBetween(Instant.now().plus(Duration.ofDays(7)).minusSeconds(60),
				Instant.now().plus(Duration.ofDays(7)));
		assertThat(account.getEmail()).isEqualTo("margaret.ellison@example.org");

		this.mvc.perform(get(saved.getResponse().getRedirectedUrl()).with(FRONT_DESK).cookie(session))
			.andExpect(content().string(not(containsString(matcher.group()))))
			.andExpect(content().string(not(containsString("Credential message"))));
		assertThat(new AuditRecords(this.jdbc).latest(5)).anyMatch((r) -> r.startsWith("PORTAL_ACCOUNT_CREATED frontdesk " + patient))
			.anyMatch((r) -> r.startsWith("PORTAL_CREDENTIALS_SHOWN frontdesk " + patient))
			.noneMatch((r) -> r.contains(password));
	}

	@Test
	void accountWithAnEmailUsernameIsEmailedASetPasswordLinkButNeverThePassword() throws Exception {
		long patient = patient("Kevin", "O'Brien");
		MvcResult saved = this.mvc.perform(save(patient, "kevin.obrien@example.org", "Kevin", "O'Brien", "SELF"))
			.andExpect(status().isFound())
			.andReturn();
		String page = this.mvc.perform(get(saved.getResponse().getRedirectedUrl()).with(FRONT_DESK)
			.cookie(saved.getResponse().getCookie("SESSION"))).andReturn().getResponse().getContentAsString();
		var matcher = GROUPED.matcher(page);
		assertThat(matcher.find()).isTrue();

		String email = OutboxMail.await(this.jdbc, "kevin.obrien@example.org", 1).get(0).text();
		assertThat(email).contains("http://localhost:8080/portal/set-password?token=")
			.doesNotContain(matcher.group())
			.doesNotContain(matcher.group().replace("-", ""));
		String token = email.replaceAll("(?s).*set-password\\?token=([A-Za-z0-9_-]+).*", "$1");
		assertThat(token).hasSizeGreaterThanOrEqualTo(43);
		assertThat(this.jdbc.sql("SELECT token_hash FROM credential_token WHERE portal_account_id = ?")
			.param(this.accounts.findByUsernameKey("kevin.obrien@example.org").orElseThrow().getId())
			.query(String.class)
			.single()).hasSize(64).isNotEqualTo(token);
	}

	@Test
	void accountWithAPlainUsernameGetsNoEmail() throws Exception {
		long patient = patient("Noah", "Fischer");
		this.mvc.perform(save(patient, "noah_f", "Noah", "Fischer", "SELF")).andExpect(status().isFound());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM outbox_email WHERE recipient LIKE 'noah%'").query(Long.class).single())
			.isZero();
	}

	@Test
	void processSetupFormHasErrors() throws Exception {
		long patient = patient("Harold", "Brooks");
		this.mvc.perform(save(patient, "harold@brooks", "", "", "AUTHORIZED_REP").param("defaultsFor", "AUTHORIZED_REP"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please enter an email address such as name@example.org.")))
			.andExpect(content().string(containsString("Please fill this in.")));
		this.mvc.perform(save(patient, "a", "Harold", "Brooks", "SELF"))
			.andExpect(content().string(containsString("Use an email address, or 3 to 64 letters")));
	}

	@Test
	void selfAccountNamesDefaultToThePatients() throws Exception {
		long patient = patient("Isabella", "Moreau");
		this.mvc.perform(save(patient, "bella.moreau@example.org", "", "", "SELF")).andExpect(status().isFound());
		PortalAccount account = this.accounts.findByUsernameKey("bella.moreau@example.org").orElseThrow();
		assertThat(account.getFullName()).isEqualTo("Isabella Moreau");
	}

	@Test
	void usernameAlreadyOnThisPatientAndSecondSelfAreRefused() throws Exception {
		long patient = patient("Priya", "Raman");
		this.mvc.perform(save(patient, "Priya.Raman@example.org", "Priya", "Raman", "SELF")).andExpect(status().isFound());
		this.mvc.perform(save(patient, " priya.raman@EXAMPLE.org ", "Priya", "Raman", "AUTHORIZED_REP")
			.param("defaultsFor", "AUTHORIZED_REP"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This patient already has a portal account with this username.")));
		this.mvc.perform(save(patient, "priya.other@example.org", "Priya", "Raman", "SELF"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This patient already has a Self account.")));
	}

	@Test
	void representativeStartsWithNoSectionsUntilStaffTickThem() throws Exception {
		long patient = patient("Bao", "Nguyen");
		this.mvc.perform(save(patient, "linh.rep@example.org", "Linh", "Nguyen", "AUTHORIZED_REP")
			.param("defaultsFor", "SELF")
			.param("permissions", "PROFILE", "FORMS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Authorized Reps start with no sections")))
			.andExpect(content().string(not(containsString("checked=\"checked\" data-permission"))));
		assertThat(this.accounts.findByUsernameKey("linh.rep@example.org")).isEmpty();
	}

	@Test
	void oneRepresentativeLoginIsLinkedToASecondPatientWithoutANewPassword() throws Exception {
		long sofia = patient("Sofia", "Rivera");
		long mateo = patient("Mateo", "Rivera");
		this.mvc.perform(save(sofia, "guardian.rivera@example.org", "Gina", "Rivera", "AUTHORIZED_REP")
			.param("defaultsFor", "AUTHORIZED_REP")
			.param("permissions", "PROFILE")).andExpect(status().isFound());
		String hash = this.accounts.findByUsernameKey("guardian.rivera@example.org").orElseThrow().getPasswordHash();

		// linking keeps the login's names, so they need not be typed again
		MvcResult linked = this.mvc.perform(save(mateo, "Guardian.Rivera@example.org", "", "", "AUTHORIZED_REP")
			.param("defaultsFor", "AUTHORIZED_REP")
			.param("permissions", "FORMS")).andExpect(status().isFound()).andReturn();
		assertThat(linked.getFlashMap().containsKey("credentials")).isFalse();
		assertThat((String) linked.getFlashMap().get("message")).contains("already had a portal account", "No new password");

		this.transactions.executeWithoutResult((tx) -> {
			PortalAccount account = this.accounts.findByUsernameKey("guardian.rivera@example.org").orElseThrow();
			assertThat(account.getPasswordHash()).isEqualTo(hash);
			assertThat(account.grantFor(sofia).orElseThrow().getPermissions()).containsExactly(ProfileSection.KEY);
			assertThat(account.grantFor(mateo).orElseThrow().getPermissions()).containsExactly(FormsSection.KEY);
		});
		// then the representative's terms for the second patient
		assertThat(new AuditRecords(this.jdbc).latest(2))
			.anyMatch((record) -> record.startsWith("PORTAL_ACCOUNT_LINKED frontdesk " + mateo))
			.anyMatch((record) -> record.startsWith("REPRESENTATIVE_TERMS_CHANGED frontdesk " + mateo));
	}

	@Test
	void secondSaveOfTheSameVersionIsAConflictAndNothingIsOverwritten() throws Exception {
		long patient = patient("Samuel", "Adeyemi");
		this.mvc.perform(save(patient, "sam.adeyemi@example.org", "Samuel", "Adeyemi", "SELF")).andExpect(status().isFound());
		PortalAccount account = this.accounts.findByUsernameKey("sam.adeyemi@example.org").orElseThrow();
		long version = account.getVersion();
		this.mvc.perform(edit(patient, account, version).param("firstName", "Sam")).andExpect(status().isFound());
		this.mvc.perform(edit(patient, account, version).param("firstName", "Samwise"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this record")));
		assertThat(this.accounts.findById(account.getId()).orElseThrow().getFirstName()).isEqualTo("Sam");
	}

	@Test
	void aPasswordHandedOverWithoutForcedChangeSignsInTypedAsShownForAsLongAsItIsTheAccounts() throws Exception {
		long patient = patient("Olivia", "Hart");
		MvcResult saved = this.mvc.perform(save(patient, "olivia.hart@example.org", "Olivia", "Hart", "SELF")
			.param("_forcePasswordChange", "on")
			.param("permissions", "PROFILE")).andExpect(status().isFound()).andReturn();
		String page = this.mvc.perform(get(saved.getResponse().getRedirectedUrl()).with(FRONT_DESK)
			.cookie(saved.getResponse().getCookie("SESSION"))).andReturn().getResponse().getContentAsString();
		var shown = GROUPED.matcher(page);
		assertThat(shown.find()).isTrue();
		assertThat(signIn("olivia.hart@example.org", shown.group())).as("typed as shown").isEqualTo("/portal");
		assertThat(signIn("olivia.hart@example.org", shown.group().replace("-", ""))).as("without the dashes")
			.isEqualTo("/portal");
		assertThat(signIn("olivia.hart@example.org", shown.group().replace('-', ' '))).as("with spaces")
			.isEqualTo("/portal");
	}

	private String signIn(String username, String password) throws Exception {
		return this.mvc.perform(post("/portal/login").with(csrf()).param("username", username).param("password", password))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	@Test
	void accountPermissionsAreTheDeclaredSectionsAndAnUnknownOneIsRefusedKeepingWhatWasTyped() throws Exception {
		long patient = patient("Grace", "Kim");
		this.mvc.perform(get(setup(patient)).with(FRONT_DESK))
			.andExpect(content().string(containsString("value=\"PROFILE\"")))
			.andExpect(content().string(containsString("value=\"FORMS\"")))
			.andExpect(content().string(containsString("Questionnaires and consents the clinic asked for.")));
		this.mvc.perform(save(patient, "grace.kim.rep@example.org", "Gail", "Kim", "AUTHORIZED_REP")
			.param("defaultsFor", "AUTHORIZED_REP")
			.param("permissions", "PROFILE", "NO_SUCH_SECTION"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("One of the sections ticked does not exist")))
			.andExpect(content().string(containsString("value=\"grace.kim.rep@example.org\"")));
		assertThat(this.accounts.findByUsernameKey("grace.kim.rep@example.org")).isEmpty();
	}

	@Test
	void resetPwdIssuesANewPasswordThatMustBeChanged() throws Exception {
		long patient = patient("Jordan", "Blake");
		this.mvc.perform(save(patient, "jordan.blake@example.org", "Jordan", "Blake", "SELF").param("_forcePasswordChange", "on"))
			.andExpect(status().isFound());
		PortalAccount before = this.accounts.findByUsernameKey("jordan.blake@example.org").orElseThrow();
		assertThat(before.isForcePasswordChange()).isFalse();
		assertThat(before.getPasswordExpiresAt()).isNull();

		MvcResult reset = this.mvc.perform(post(setup(patient) + "/" + before.getId() + "/reset-password").with(FRONT_DESK).with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		String page = this.mvc.perform(get(reset.getResponse().getRedirectedUrl()).with(FRONT_DESK)
			.cookie(reset.getResponse().getCookie("SESSION"))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("New temporary password issued for jordan.blake@example.org.", "Credential message",
				"When you sign in with it, you will choose your own password.");
		assertThat(OutboxMail.await(this.jdbc, "jordan.blake@example.org", 2)
			.stream()
			.map(OutboxMail.Email::subjectAndText)
			.toList()).satisfiesExactly(
					(created) -> assertThat(created).startsWith("Your Riverside Behavioral Health patient portal account")
						.contains("has set up a patient portal account for you"),
					(renewed) -> assertThat(renewed).startsWith("Your Riverside Behavioral Health portal password was reset")
						.contains("has reset the password of your patient portal account")
						.doesNotContain("has set up"));
		PortalAccount after = this.accounts.findById(before.getId()).orElseThrow();
		assertThat(after.getPasswordHash()).isNotEqualTo(before.getPasswordHash());
		assertThat(after.isForcePasswordChange()).isTrue();
		assertThat(after.getPasswordExpiresAt()).isNotNull();
		assertThat(new AuditRecords(this.jdbc).latest(3)).anyMatch((r) -> r.startsWith("PORTAL_PASSWORD_RESET frontdesk " + patient));
	}

	@Test
	void deleteAsksFirstThenRemovesAccessAndTheAccountWithItsLastAccess() throws Exception {
		long ethan = patient("Ethan", "Thompson");
		long lily = patient("Lily", "Thompson");
		for (long patient : new long[] { ethan, lily }) {
			this.mvc.perform(save(patient, "rachel.rep@example.org", "Rachel", "Thompson", "AUTHORIZED_REP")
				.param("defaultsFor", "AUTHORIZED_REP")).andExpect(status().isFound());
		}
		long id = this.accounts.findByUsernameKey("rachel.rep@example.org").orElseThrow().getId();
		this.mvc.perform(get(setup(ethan) + "/" + id + "/delete").with(FRONT_DESK))
			.andExpect(content().string(containsString("will no longer have access to Thompson, Ethan")));
		this.mvc.perform(post(setup(ethan) + "/" + id + "/delete").with(FRONT_DESK).with(csrf())).andExpect(status().isFound());
		this.transactions.executeWithoutResult(
				(tx) -> assertThat(this.accounts.findById(id).orElseThrow().getGrants()).hasSize(1));

		this.mvc.perform(get(setup(lily) + "/" + id + "/delete").with(FRONT_DESK))
			.andExpect(content().string(containsString("so it is deleted")));
		this.mvc.perform(post(setup(lily) + "/" + id + "/delete").with(FRONT_DESK).with(csrf())).andExpect(status().isFound());
		assertThat(this.accounts.findById(id)).isEmpty();
		assertThat(new AuditRecords(this.jdbc).latest(1).get(0)).startsWith("PORTAL_ACCOUNT_DELETED frontdesk " + lily);
	}

	@Test
	void cliniciansMayLookButNotChange() throws Exception {
		long patient = patient("Wei", "Chen");
		var clinician = user("clinician").roles("CLINICIAN");
		this.mvc.perform(get(setup(patient)).with(clinician))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(">Save</button>"))))
			.andExpect(content().string(containsString("View only: front-desk staff and administrators")))
			.andExpect(content().string(containsString("<fieldset class=\"bare\" disabled=\"disabled\">")));
		this.mvc.perform(get(setup(patient)).with(FRONT_DESK))
			.andExpect(content().string(not(containsString("View only"))))
			.andExpect(content().string(containsString("<fieldset class=\"bare\">")));
		this.mvc.perform(save(patient, "wei.chen@example.org", "Wei", "Chen", "SELF").with(clinician))
			.andExpect(status().isForbidden());
	}

	@Test
	void accountOfAnotherPatientIsNotFoundHere() throws Exception {
		long marcus = patient("Marcus", "Bell");
		long hannah = patient("Hannah", "Schultz");
		this.mvc.perform(save(marcus, "marcus.bell@example.org", "Marcus", "Bell", "SELF")).andExpect(status().isFound());
		long id = this.accounts.findByUsernameKey("marcus.bell@example.org").orElseThrow().getId();
		this.mvc.perform(get(setup(hannah)).param("account", String.valueOf(id)).with(FRONT_DESK)).andExpect(status().isNotFound());
		this.mvc.perform(post(setup(hannah) + "/" + id + "/reset-password").with(FRONT_DESK).with(csrf()))
			.andExpect(status().isNotFound());
	}

	private long patient(String firstName, String lastName) {
		return this.jdbc.sql("SELECT id FROM patient WHERE first_name = ? AND last_name = ?")
			.params(firstName, lastName)
			.query(Long.class)
			.single();
	}

	private static String setup(long patientId) {
		return "/staff/patients/" + patientId + "/portal-account";
	}

	private static MockHttpServletRequestBuilder save(long patient, String username, String first, String last,
			String accessType) {
		return post(setup(patient)).with(FRONT_DESK).with(csrf())
			.param("save", "")
			.param("username", username)
			.param("firstName", first)
			.param("lastName", last)
			.param("accessType", accessType)
			.params(RepresentativeTermsParams.consent());
	}


	private static MockHttpServletRequestBuilder edit(long patient, PortalAccount account, long version) {
		return post(setup(patient)).with(FRONT_DESK).with(csrf())
			.param("save", "")
			.param("accountId", String.valueOf(account.getId()))
			.param("version", String.valueOf(version))
			.param("username", account.getUsername())
			.param("lastName", account.getLastName())
			.param("accessType", "SELF")
			.param("defaultsFor", "SELF")
			.param("forcePasswordChange", "true");
	}

}
