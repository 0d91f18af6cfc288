package org.clinicportal.staff;

import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.clinicportal.credential.SecretSealer;
import org.clinicportal.support.AuditRecords;
import org.clinicportal.support.ClinicPortalTest;
import org.clinicportal.support.FormTokenStores;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ClinicPortalTest
class StaffSignInTests {

	static final String ADMIN_PASSWORD = "admin test passphrase 42";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private SecretSealer sealer;

	@Test
	void staffPageWithoutSignInLeadsToSignInPage() throws Exception {
		this.mvc.perform(get("/staff/patients")).andExpect(status().isFound()).andExpect(redirectedUrl("/staff/login"));
	}

	@Test
	void signInPageHasLabelledUsernameAndPasswordAndSignInButton() throws Exception {
		this.mvc.perform(get("/staff/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"username\">Username</label>")))
			.andExpect(content().string(containsString("<label for=\"password\">Password</label>")))
			.andExpect(content().string(containsString(">Sign in</button>")));
	}

	@Test
	void signInPageAndFailedSignInStoreNoSessionUntilSigningIn() throws Exception {
		FormTokenStores.restore(this.context, StaffSecurityConfiguration.LOGIN,
				StaffSecurityConfiguration.FORM_TOKEN_COOKIE);
		MvcResult page = this.mvc.perform(get("/staff/login")).andExpect(status().isOk()).andReturn();
		assertThat(page.getResponse().getCookie("SESSION")).isNull();
		Cookie tokenCookie = page.getResponse().getCookie(StaffSecurityConfiguration.FORM_TOKEN_COOKIE);
		MvcResult wrong = this.mvc
			.perform(post("/staff/login").cookie(tokenCookie)
				.param("_csrf", FormTokenStores.formToken(page))
				.param("username", "admin")
				.param("password", ADMIN_PASSWORD + " wrong"))
			.andExpect(redirectedUrl("/staff/login?error"))
			.andReturn();
		assertThat(wrong.getResponse().getCookie("SESSION")).isNull();
		MvcResult signedIn = this.mvc
			.perform(post("/staff/login").cookie(tokenCookie)
				.param("_csrf", FormTokenStores.formToken(page))
				.param("username", "admin")
				.param("password", ADMIN_PASSWORD))
			.andExpect(authenticated().withUsername("admin"))
			.andReturn();
		assertThat(signedIn.getResponse().getCookie("SESSION")).isNotNull();
	}

	@Test
	void wrongPasswordIsRefusedWithInvalidUsernameOrPasswordAndAudited() throws Exception {
		this.mvc.perform(formLogin("/staff/login").user("admin").password("not the password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/staff/login?error"));
		this.mvc.perform(get("/staff/login").param("error", ""))
			.andExpect(content().string(containsString("Invalid username or password")));
		assertThat(new AuditRecords(this.jdbc).latest(1).get(0)).startsWith("STAFF_SIGN_IN_FAILED admin");
	}

	@Test
	void rightPasswordSignsInToPatientListAndIsAudited() throws Exception {
		this.mvc.perform(formLogin("/staff/login").user("admin").password(ADMIN_PASSWORD))
			.andExpect(authenticated().withUsername("admin").withRoles("ADMIN"))
			.andExpect(redirectedUrl("/staff/patients"));
		assertThat(new AuditRecords(this.jdbc).latest(1).get(0)).startsWith("STAFF_SIGN_IN admin");
	}

	@Test
	void usernameIsNotCaseSensitive() throws Exception {
		this.mvc.perform(formLogin("/staff/login").user(" Admin ").password(ADMIN_PASSWORD))
			.andExpect(authenticated().withUsername("admin"));
	}

	@Test
	void signOutEndsTheSession() throws Exception {
		Cookie session = signIn("admin", ADMIN_PASSWORD);
		this.mvc.perform(post("/staff/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/staff/login?logout"));
		this.mvc.perform(get("/staff/patients").cookie(session)).andExpect(status().isFound());
	}

	@Test
	void newStaffUserMustChangePasswordBeforeAnythingElse() throws Exception {
		var created = this.accounts.create("newhire", "Nia Hire", Set.of(StaffRole.FRONT_DESK));
		String password = this.sealer.open(created.password());
		Cookie session = signIn("newhire", password);
		this.mvc.perform(get("/staff/patients").cookie(session))
			.andExpect(redirectedUrl("/staff/account/password"));
		this.mvc.perform(post("/staff/account/password").cookie(session).with(csrf())
			.param("currentPassword", password)
			.param("newPassword", "short")
			.param("confirmPassword", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Use at least 15 characters")));
		this.mvc.perform(post("/staff/account/password").cookie(session).with(csrf())
			.param("currentPassword", password)
			.param("newPassword", password)
			.param("confirmPassword", password))
			.andExpect(content().string(containsString("This is the password you have now. Choose a new one.")));
		this.mvc.perform(post("/staff/account/password").cookie(session).with(csrf())
			.param("currentPassword", password)
			.param("newPassword", "quiet otter lantern meadow")
			.param("confirmPassword", "quiet otter lantern meadow"))
			.andExpect(redirectedUrl("/staff/patients"));
		this.mvc.perform(get("/staff/patients").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(formLogin("/staff/login").user("newhire").password("quiet otter lantern meadow"))
			.andExpect(authenticated());
	}

	@Test
	void disablingAStaffUserEndsTheirOpenSession() throws Exception {
		var created = this.accounts.create("leaver", "Lee Leaver", Set.of(StaffRole.CLINICIAN));
		StaffUser user = this.accounts.get(created.userId());
		this.accounts.changeOwnPassword("leaver", "violet canyon pepper sonnet", null);
		Cookie session = signIn("leaver", "violet canyon pepper sonnet");
		this.mvc.perform(get("/staff/patients").cookie(session)).andExpect(status().isOk());
		this.accounts.update(user.getId(), this.accounts.get(user.getId()).getVersion(), "Lee Leaver",
				Set.of(StaffRole.CLINICIAN), false, null);
		this.mvc.perform(get("/staff/patients").cookie(session)).andExpect(redirectedUrl("/staff/login"));
		this.mvc.perform(formLogin("/staff/login").user("leaver").password("violet canyon pepper sonnet"))
			.andExpect(unauthenticated());
	}

	private Cookie signIn(String username, String password) throws Exception {
		MvcResult result = this.mvc.perform(formLogin("/staff/login").user(username).password(password))
			.andExpect(authenticated())
			.andReturn();
		Cookie cookie = result.getResponse().getCookie("SESSION");
		assertThat(cookie).as("session cookie").isNotNull();
		return cookie;
	}

}
