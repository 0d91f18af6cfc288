package org.clinicportal.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.clinicportal.account.AccessType;
import org.clinicportal.account.PortalTestAccounts;
import org.clinicportal.form.FormsSection;
import org.clinicportal.support.AuditRecords;
import org.clinicportal.support.OutboxMail;
import org.clinicportal.support.AuthenticatorApp;
import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Two-step sign-in in the portal: an authenticator app, recovery codes, and the page after the password. */
@ClinicPortalTest
class PortalTwoStepTests {

	private static final String PASSWORD = "quiet harbor lantern meadow";

	private static final Pattern RECOVERY_CODE = Pattern.compile("<code>([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})</code>");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private WebApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	private PortalTestAccounts accounts;

	private long patient;

	@BeforeEach
	void setUp() {
		this.accounts = new PortalTestAccounts(this.context);
		this.patient = this.accounts.patient("Mai", "Nguyen");
	}

	@Test
	void anAppIsSetUpWithACurrentCodeAndThenAskedForAfterThePassword() throws Exception {
		String username = PortalMvc.username();
		long account = this.accounts.create(username, PASSWORD, false, this.patient, AccessType.AUTHORIZED_REP,
				FormsSection.KEY);
		Cookie session = PortalMvc.signIn(this.mvc, username, PASSWORD);
		this.mvc.perform(get("/portal/security").cookie(session))
			.andExpect(content().string(containsString("Set up an authenticator app")));
		this.mvc.perform(get("/portal/security/app").cookie(session))
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("Type the 6-digit code")));
		this.mvc.perform(post("/portal/security/app").cookie(session).with(csrf()).param("code", "000000"))
			.andExpect(content().string(containsString("That code is not right")));
		var app = new AuthenticatorApp(this.jdbc, "portal:" + account);
		String page = this.mvc.perform(post("/portal/security/app").cookie(session).with(csrf())
			.param("code", app.code())).andReturn().getResponse().getContentAsString();
		assertThat(RECOVERY_CODE.matcher(page).results().count()).as("recovery codes shown once").isEqualTo(10);
		assertThat(new AuditRecords(this.jdbc).latest(2)).anyMatch((r) -> r.startsWith("TWO_STEP_APP_ADDED portal:"))
			.anyMatch((r) -> r.startsWith("RECOVERY_CODES_ISSUED"));
		assertThat(this.jdbc.sql("SELECT two_step FROM portal_account WHERE id = ?").param(account)
			.query(Boolean.class).single()).as("User Management's flag").isTrue();

		Cookie next = PortalMvc.signIn(this.mvc, username, PASSWORD);
		this.mvc.perform(get("/portal").cookie(next))
			.andExpect(redirectedUrl("/portal/login/second-step?factor.type=totp&factor.reason=missing"));
		this.mvc.perform(get("/portal/login/second-step").cookie(next))
			.andExpect(content().string(containsString("Code from your authenticator app")));
		this.mvc.perform(post("/portal/login/second-step").cookie(next).with(csrf()).param("code", app.code()))
			.andExpect(content().string(containsString("That code is not right, or it was used already")));
		this.mvc.perform(post("/portal/login/second-step").cookie(next).with(csrf()).param("code", app.nextCode()))
			.andExpect(redirectedUrl("/portal"));
		this.mvc.perform(get("/portal/patients/" + this.patient + "/forms").cookie(next)).andExpect(status().isOk());
	}

	@Test
	void aSessionWithoutItsSecondStepReachesNoPortalPage() throws Exception {
		Cookie session = signedInWithApp().session();
		List<String> reached = new ArrayList<>();
		this.mappings.getHandlerMethods().forEach((info, method) -> {
			if (!info.getMethodsCondition().getMethods().contains(RequestMethod.GET)
					&& !info.getMethodsCondition().getMethods().isEmpty()) {
				return;
			}
			info.getPatternValues()
				.stream()
				.filter((p) -> p.startsWith("/portal") && !p.startsWith("/portal/login") && !p.startsWith("/portal/security")
						&& !p.equals("/portal/forgot-password") && !p.equals("/portal/set-password")
						&& !p.equals("/portal/keep-alive"))
				.forEach((p) -> reached.add(p.replace("{patientId}", String.valueOf(this.patient))
					.replaceAll("\\{[^}]+}", "1")));
		});
		assertThat(reached).contains("/portal", "/portal/patients/" + this.patient + "/forms", "/portal/password");
		for (String page : reached) {
			MvcResult result = this.mvc.perform(get(page).cookie(session)).andReturn();
			assertThat(result.getResponse().getRedirectedUrl()).as(page).startsWith("/portal/login/second-step");
		}
	}

	@Test
	void wrongCodesCountTowardTheLockAsWrongPasswordsDo() throws Exception {
		SignedIn signedIn = signedInWithApp();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(post("/portal/login/second-step").cookie(signedIn.session()).with(csrf())
				.param("code", "00000" + i)).andExpect(content().string(containsString("That code is not right")));
		}
		assertThat(this.accounts.lockedUntil(signedIn.account())).as("locked by the fifth wrong code").isNotNull();
		this.mvc.perform(post("/portal/login/second-step").cookie(signedIn.session()).with(csrf())
			.param("code", signedIn.app().nextCode())).andExpect(content().string(containsString("That code is not right")));
		assertThat(new AuditRecords(this.jdbc).latest(3)).anyMatch((r) -> r.contains("reason: wrong code"))
			.anyMatch((r) -> r.contains("reason: locked"));
	}

	@Test
	void aRecoveryCodeStandsInForTheAppOnce() throws Exception {
		SignedIn signedIn = signedInWithApp();
		String code = signedIn.recoveryCodes().get(3);
		this.mvc.perform(post("/portal/login/second-step").cookie(signedIn.session()).with(csrf())
			.param("recoveryCode", code.toUpperCase())).andExpect(redirectedUrl("/portal/security"));
		assertThat(new AuditRecords(this.jdbc).latest(1).get(0)).startsWith("RECOVERY_CODE_USED").endsWith("9 left");
		Cookie again = PortalMvc.signIn(this.mvc, signedIn.username(), PASSWORD);
		this.mvc.perform(post("/portal/login/second-step").cookie(again).with(csrf()).param("recoveryCode", code))
			.andExpect(content().string(containsString("That code is not right")));
	}

	@Test
	void staffResetALostPhoneFromTheAccountPageEndingSessionsAndEmailingTheAccount() throws Exception {
		SignedIn signedIn = signedInWithApp();
		var frontDesk = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user("frontdesk").roles("FRONT_DESK");
		this.mvc.perform(get("/staff/portal-users/" + signedIn.account()).with(frontDesk))
			.andExpect(content().string(containsString("Reset two-step sign-in")));
		this.mvc.perform(post("/staff/portal-users/" + signedIn.account() + "/reset-two-step").with(frontDesk).with(csrf()))
			.andExpect(redirectedUrl("/staff/portal-users/" + signedIn.account()));
		this.mvc.perform(get("/portal/login/second-step").cookie(signedIn.session()))
			.andExpect(redirectedUrl("/portal/login"));
		assertThat(OutboxMail.await(this.jdbc, signedIn.username(), 1)).last()
			.extracting(OutboxMail.Email::subject)
			.asString()
			.startsWith("Two-step sign-in was reset");
		assertThat(this.jdbc.sql("SELECT two_step FROM portal_account WHERE id = ?").param(signedIn.account())
			.query(Boolean.class).single()).isFalse();
		Cookie again = PortalMvc.signIn(this.mvc, signedIn.username(), PASSWORD);
		this.mvc.perform(get("/portal/patients/" + this.patient + "/forms").cookie(again)).andExpect(status().isOk());
	}

	/** An account with an app set up, signed in again with its password only. */
	private SignedIn signedInWithApp() throws Exception {
		String username = PortalMvc.username();
		long account = this.accounts.create(username, PASSWORD, false, this.patient, AccessType.AUTHORIZED_REP,
				FormsSection.KEY);
		Cookie first = PortalMvc.signIn(this.mvc, username, PASSWORD);
		this.mvc.perform(get("/portal/security/app").cookie(first));
		var app = new AuthenticatorApp(this.jdbc, "portal:" + account);
		String page = this.mvc.perform(post("/portal/security/app").cookie(first).with(csrf()).param("code", app.code()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> codes = RECOVERY_CODE.matcher(page).results().map((m) -> m.group(1)).toList();
		return new SignedIn(username, account, PortalMvc.signIn(this.mvc, username, PASSWORD), app, codes);
	}

	private record SignedIn(String username, long account, Cookie session, AuthenticatorApp app,
			List<String> recoveryCodes) {
	}

}
