package org.clinicportal.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.clinicportal.support.AuditRecords;
import org.clinicportal.support.AuthenticatorApp;
import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Two-step sign-in of staff users, and administrators resetting it for a lost phone. */
@ClinicPortalTest
class StaffTwoStepTests {

	private static final String PASSWORD = "violet canyon pepper sonnet";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void aStaffSessionWithoutItsSecondStepReachesNoStaffPageUntilTheCode() throws Exception {
		String username = userWithApp();
		Cookie session = signIn(username);
		List<String> pages = new ArrayList<>();
		this.mappings.getHandlerMethods().forEach((info, method) -> {
			if (info.getMethodsCondition().getMethods().contains(RequestMethod.GET)
					|| info.getMethodsCondition().getMethods().isEmpty()) {
				info.getPatternValues()
					.stream()
					.filter((p) -> p.startsWith("/staff") && !p.startsWith("/staff/login")
							&& !p.startsWith("/staff/security") && !p.equals("/staff/keep-alive"))
					.forEach((p) -> pages.add(p.replaceAll("\\{[^}]+}", "1")));
			}
		});
		assertThat(pages).contains("/staff/patients", "/staff/account/password");
		for (String page : pages) {
			MvcResult result = this.mvc.perform(get(page).cookie(session)).andReturn();
			assertThat(result.getResponse().getRedirectedUrl()).as(page).startsWith("/staff/login/second-step");
		}
		var app = new AuthenticatorApp(this.jdbc, username);
		this.mvc.perform(post("/staff/login/second-step").cookie(session).with(csrf()).param("code", app.nextCode()))
			.andExpect(redirectedUrl("/staff/patients"));
		this.mvc.perform(get("/staff/patients").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void anAdministratorResetsALostPhoneEndingTheUsersSessions() throws Exception {
		String username = userWithApp();
		Cookie session = signIn(username);
		long id = this.jdbc.sql("SELECT id FROM staff_user WHERE username = ?").param(username).query(Long.class).single();
		this.mvc.perform(get("/staff/users/" + id).with(user("admin").roles("ADMIN")))
			.andExpect(content().string(containsString("On: this user signs in with a second step.")));
		this.mvc.perform(post("/staff/users/" + id + "/reset-two-step").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/staff/users/" + id));
		assertThat(new AuditRecords(this.jdbc).latest(3)).anyMatch((r) -> r.startsWith("TWO_STEP_RESET admin")
				&& r.contains("staff user " + username));
		this.mvc.perform(get("/staff/login/second-step").cookie(session)).andExpect(redirectedUrl("/staff/login"));
		this.mvc.perform(get("/staff/patients").cookie(signIn(username))).andExpect(status().isOk());
	}

	@Test
	void onlyAdministratorsResetStaffTwoStep() throws Exception {
		this.mvc.perform(post("/staff/users/1/reset-two-step").with(user("frontdesk").roles("FRONT_DESK")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	/** A staff user who set up an authenticator app, signed out. */
	private String userWithApp() throws Exception {
		String username = "two-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.createWithPassword(username, "Tess Two", Set.of(StaffRole.FRONT_DESK), PASSWORD, false);
		Cookie first = signIn(username);
		this.mvc.perform(get("/staff/security/app").cookie(first)).andExpect(status().isOk());
		this.mvc.perform(post("/staff/security/app").cookie(first).with(csrf())
			.param("code", new AuthenticatorApp(this.jdbc, username).code()))
			.andExpect(content().string(containsString("Recovery codes")));
		return username;
	}

	private Cookie signIn(String username) throws Exception {
		return this.mvc.perform(post("/staff/login").with(csrf()).param("username", username).param("password", PASSWORD))
			.andExpect(redirectedUrl("/staff/patients"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

}
