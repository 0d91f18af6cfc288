package org.clinicportal.portal;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.clinicportal.account.AccessType;
import org.clinicportal.account.PortalGrant;
import org.clinicportal.account.PortalSections;
import org.clinicportal.account.PortalUser;
import org.clinicportal.form.FormsSection;
import org.clinicportal.account.PortalTestAccounts;
import org.clinicportal.support.AuditRecords;
import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

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

@ClinicPortalTest
class PortalAccessTests {

	private static final String PASSWORD = "granite willow comet parade";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	private PortalTestAccounts accounts;

	private long childA;

	private long childB;

	private long stranger;

	@BeforeEach
	void setUp() {
		this.accounts = new PortalTestAccounts(this.context);
		this.childA = this.accounts.patient("Omar", "Haddad");
		this.childB = this.accounts.patient("Yasmin", "Haddad");
		this.stranger = this.accounts.patient("Diego", "Garcia");
	}

	@Test
	void representativeOfSeveralPatientsPicksWhoseRecordAndSwitchesOnEveryPage() throws Exception {
		String username = PortalMvc.username();
		long account = this.accounts.create(username, PASSWORD, false, this.childA, AccessType.AUTHORIZED_REP,
				ProfileSection.KEY, FormsSection.KEY);
		this.accounts.grant(account, this.childB, AccessType.AUTHORIZED_REP, FormsSection.KEY);
		Cookie session = PortalMvc.signIn(this.mvc, username, PASSWORD);
		this.mvc.perform(get("/portal").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Whose record?")))
			.andExpect(content().string(containsString("Omar Haddad")))
			.andExpect(content().string(containsString("Yasmin Haddad")));
		this.mvc.perform(get("/portal/switch").param("patientId", String.valueOf(this.childB)).cookie(session))
			.andExpect(redirectedUrl("/portal/patients/" + this.childB));
		assertThat(new AuditRecords(this.jdbc).latest(1).get(0))
			.startsWith("PORTAL_PATIENT_SWITCHED portal:" + username + " " + this.childB);
		this.mvc.perform(get("/portal/patients/" + this.childB + "/forms").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"patient-switch\"")))
			.andExpect(content().string(containsString("There are no forms for you to complete right now.")));
		assertThat(new AuditRecords(this.jdbc).latest(1).get(0))
			.startsWith("PORTAL_SECTION_VIEWED portal:" + username + " " + this.childB + " FORMS");
	}

	@Test
	void selfAccountGoesStraightToItsOwnRecord() throws Exception {
		long self = this.accounts.patient("Ruth", "Abernathy");
		String username = PortalMvc.username();
		this.accounts.create(username, PASSWORD, false, self, AccessType.SELF, ProfileSection.KEY, FormsSection.KEY);
		Cookie session = PortalMvc.signIn(this.mvc, username, PASSWORD);
		this.mvc.perform(get("/portal").cookie(session)).andExpect(redirectedUrl("/portal/patients/" + self));
		this.mvc.perform(get("/portal/patients/" + self + "/profile").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ruth Abernathy")))
			.andExpect(content().string(not(containsString("id=\"patient-switch\""))));
	}

	@Test
	void anotherPatientsPagesAreNotFoundWhenTheAddressIsEdited() throws Exception {
		String username = PortalMvc.username();
		this.accounts.create(username, PASSWORD, false, this.childA, AccessType.AUTHORIZED_REP, ProfileSection.KEY,
				FormsSection.KEY);
		Cookie session = PortalMvc.signIn(this.mvc, username, PASSWORD);
		for (String section : new String[] { "", "/profile", "/forms" }) {
			this.mvc.perform(get("/portal/patients/" + this.stranger + section).cookie(session))
				.andExpect(status().isNotFound());
			this.mvc.perform(get("/portal/patients/999999" + section).cookie(session)).andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/portal/switch").param("patientId", String.valueOf(this.stranger)).cookie(session))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/portal/patients/abc").cookie(session)).andExpect(status().isNotFound());
	}

	@Test
	void sectionWithoutPermissionIsAbsentFromTheMenuAndNotFoundByAddress() throws Exception {
		String username = PortalMvc.username();
		this.accounts.create(username, PASSWORD, false, this.childA, AccessType.AUTHORIZED_REP, FormsSection.KEY);
		Cookie session = PortalMvc.signIn(this.mvc, username, PASSWORD);
		this.mvc.perform(get("/portal/patients/" + this.childA).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/portal/patients/" + this.childA + "/forms")))
			.andExpect(content().string(not(containsString("/portal/patients/" + this.childA + "/profile"))));
		this.mvc.perform(get("/portal/patients/" + this.childA + "/profile").cookie(session))
			.andExpect(status().isNotFound());
	}

	@Test
	void everyPortalHandlerDeclaresWhatItShowsSoThePolicyChecksIt() {
		var unchecked = new ArrayList<String>();
		var sections = this.context.getBean(PortalSections.class);
		this.mappings.getHandlerMethods().forEach((info, method) -> {
			boolean portal = info.getPatternValues().stream().anyMatch((p) -> p.startsWith("/portal"));
			PortalPage page = AccessInterceptor.page(method);
			if (portal && (page == null || !(PortalPage.NO_PATIENT.equals(page.value())
					|| PortalPage.HOME.equals(page.value()) || sections.find(page.value()).isPresent()))) {
				unchecked.add(info.toString());
			}
		});
		assertThat(unchecked).as("portal handlers without @PortalPage naming a declared section").isEmpty();
	}

	@Test
	void aPageOfASectionNobodyDeclaredIsSeenByNobody() {
		var policy = this.context.getBean(AccessPolicy.class);
		var user = new PortalUser(1, "sam@example.org", "Sam", "Lee", true, false, java.time.Instant.now(),
				List.of(new PortalGrant(7, AccessType.SELF, java.util.Set.of("PROFILE", "UNDECLARED"))));
		assertThat(policy.permits(user, 7, "PROFILE")).isTrue();
		assertThat(policy.permits(user, 7, "UNDECLARED")).isFalse();
		assertThat(policy.permits(user, 8, "PROFILE")).as("another patient").isFalse();
		assertThat(policy.permits(user, 7, PortalPage.HOME)).isTrue();
	}

	@Test
	void everyPatientPageIsNotFoundForAnAccountWithoutAccess() throws Exception {
		String username = PortalMvc.username();
		this.accounts.create(username, PASSWORD, false, this.childA, AccessType.AUTHORIZED_REP, ProfileSection.KEY,
				FormsSection.KEY);
		Cookie session = PortalMvc.signIn(this.mvc, username, PASSWORD);
		List<String> patientPages = new ArrayList<>();
		List<String> postOnly = new ArrayList<>();
		this.mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues()
			.stream()
			.filter((p) -> p.startsWith("/portal") && p.contains("{patientId}"))
			.forEach((p) -> {
				patientPages.add(p);
				if (info.getMethodsCondition().getMethods().equals(java.util.Set.of(RequestMethod.POST))) {
					postOnly.add(p);
				}
			}));
		assertThat(patientPages).isNotEmpty();
		for (String page : patientPages) {
			// other variables, such as a form request's id, get any value: the patient alone decides
			String address = page.replace("{patientId}", String.valueOf(this.stranger)).replaceAll("\\{[^}]+}", "1");
			if (!postOnly.contains(page)) {
				this.mvc.perform(get(address).cookie(session)).andExpect(status().isNotFound());
			}
			this.mvc.perform(post(address).cookie(session).with(csrf())).andExpect((result) -> assertThat(
					result.getResponse().getStatus()).as("POST " + address).isIn(404, 405));
		}
	}

	@Test
	void disabledAccountsOpenSessionIsGoneOnItsNextRequest() throws Exception {
		String username = PortalMvc.username();
		long account = this.accounts.create(username, PASSWORD, false, this.childA, AccessType.AUTHORIZED_REP);
		Cookie session = PortalMvc.signIn(this.mvc, username, PASSWORD);
		this.mvc.perform(get("/portal/patients/" + this.childA).cookie(session)).andExpect(status().isOk());
		this.accounts.disable(account);
		this.mvc.perform(get("/portal/patients/" + this.childA).cookie(session))
			.andExpect(redirectedUrl("/portal/login?ended"));
		this.mvc.perform(get("/portal/patients/" + this.childA).cookie(session))
			.andExpect(redirectedUrl("/portal/login"));
		assertThat(new AuditRecords(this.jdbc).latest(5)).anyMatch((line) -> line.startsWith("PORTAL_SESSION_ENDED")
				&& line.contains("account disabled"));
	}

	@Test
	void staffResetPwdEndsTheHoldersOpenSession() throws Exception {
		String username = PortalMvc.username();
		long account = this.accounts.create(username, PASSWORD, false, this.childA, AccessType.AUTHORIZED_REP);
		Cookie session = PortalMvc.signIn(this.mvc, username, PASSWORD);
		this.mvc.perform(post("/staff/patients/" + this.childA + "/portal-account/" + account + "/reset-password")
			.with(user("frontdesk").roles("FRONT_DESK"))
			.with(csrf()));
		this.mvc.perform(get("/portal/patients/" + this.childA).cookie(session))
			.andExpect(redirectedUrl("/portal/login"));
	}

	@Test
	void staffSessionDoesNotOpenThePortal() throws Exception {
		this.mvc.perform(get("/portal/patients/" + this.childA).with(user("frontdesk").roles("FRONT_DESK")))
			.andExpect(redirectedUrl("/portal/login"));
	}

}
