package org.clinicportal.staff;

import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.clinicportal.account.AccessType;
import org.clinicportal.account.PortalTestAccounts;
import org.clinicportal.support.AuthenticatorApp;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The shipped policy (a second factor required of administrators) and the portal's stricter one: an
 * account that must have a second factor sets one up right after its first password sign-in.
 */
@SpringBootTest(properties = { "clinic.two-step.staff-required-for=ADMIN", "clinic.two-step.portal=REQUIRED" })
@AutoConfigureMockMvc
class TwoStepPolicyTests {

	private static final String PASSWORD = "violet canyon pepper sonnet";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private WebApplicationContext context;

	@Test
	void anAdministratorSetsUpASecondStepBeforeAnythingElse() throws Exception {
		String username = "adm-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.createWithPassword(username, "Ada Admin", Set.of(StaffRole.ADMIN), PASSWORD, false);
		Cookie session = this.mvc.perform(post("/staff/login").with(csrf()).param("username", username)
			.param("password", PASSWORD)).andReturn().getResponse().getCookie("SESSION");
		this.mvc.perform(get("/staff/users").cookie(session))
			.andExpect(redirectedUrl("/staff/login/second-step?factor.type=totp&factor.reason=missing"));
		this.mvc.perform(get("/staff/login/second-step").cookie(session)).andExpect(redirectedUrl("/staff/security"));
		this.mvc.perform(get("/staff/security").cookie(session))
			.andExpect(content().string(containsString("it is required for your account")));
		this.mvc.perform(get("/staff/security/app").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(post("/staff/security/app").cookie(session).with(csrf())
			.param("code", new AuthenticatorApp(this.jdbc, username).code()));
		this.mvc.perform(get("/staff/users").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void aFrontDeskUserIsNotAskedForOne() throws Exception {
		String username = "desk-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.createWithPassword(username, "Dee Desk", Set.of(StaffRole.FRONT_DESK), PASSWORD, false);
		Cookie session = this.mvc.perform(post("/staff/login").with(csrf()).param("username", username)
			.param("password", PASSWORD)).andReturn().getResponse().getCookie("SESSION");
		this.mvc.perform(get("/staff/patients").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void whereThePortalRequiresItAnAccountSetsOneUpAfterItsFirstPasswordSignIn() throws Exception {
		var portal = new PortalTestAccounts(this.context);
		String username = "required-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		long patient = portal.patient("Bao", "Nguyen");
		portal.create(username, PASSWORD, false, patient, AccessType.AUTHORIZED_REP);
		Cookie session = this.mvc.perform(post("/portal/login").with(csrf()).param("username", username)
			.param("password", PASSWORD)).andReturn().getResponse().getCookie("SESSION");
		this.mvc.perform(get("/portal/patients/" + patient).cookie(session))
			.andExpect(redirectedUrl("/portal/login/second-step?factor.type=totp&factor.reason=missing"));
		this.mvc.perform(get("/portal/login/second-step").cookie(session)).andExpect(redirectedUrl("/portal/security"));
		this.mvc.perform(get("/portal/security").cookie(session))
			.andExpect(content().string(containsString("it is required for your account")));
	}

}
