package org.clinicportal.staff;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.clinicportal.credential.SecretSealer;
import org.clinicportal.credential.TemporaryPassword;
import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Staff sessions follow the user's standing at once, time out when idle and make no anonymous rows. */
@ClinicPortalTest
class StaffSessionTests {

	private static final String CHOSEN = "violet canyon pepper sonnet";

	private static final String NEXT = "quiet otter lantern meadow";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private SecretSealer sealer;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void anonymousStaffPagesStartNoSession() throws Exception {
		int sessions = sessionRows();
		MvcResult result = this.mvc.perform(get("/staff/patients")).andExpect(redirectedUrl("/staff/login")).andReturn();
		assertThat(result.getResponse().getCookie("SESSION")).isNull();
		assertThat(sessionRows()).isEqualTo(sessions);
	}

	@Test
	void theAddressAskedForBeforeSigningInIsWhereSigningInLeads() throws Exception {
		String username = newUser(StaffRole.FRONT_DESK);
		Cookie remembered = this.mvc.perform(get("/staff/forms/inbox"))
			.andReturn()
			.getResponse()
			.getCookie("REDIRECT_URI");
		MvcResult signedIn = this.mvc.perform(post("/staff/login").cookie(remembered).with(csrf())
			.param("username", username)
			.param("password", CHOSEN)).andReturn();
		assertThat(signedIn.getResponse().getRedirectedUrl()).contains("/staff/forms/inbox");
	}

	@Test
	void takingAwayARoleEndsTheUsersSessionsAtOnce() throws Exception {
		String username = newUser(StaffRole.ADMIN, StaffRole.FRONT_DESK);
		Cookie session = signIn(username, CHOSEN);
		this.mvc.perform(get("/staff/users").cookie(session)).andExpect(status().isOk());
		StaffUser user = this.accounts.get(userId(username));
		this.accounts.update(user.getId(), user.getVersion(), user.getFullName(), Set.of(StaffRole.FRONT_DESK), true,
				null);
		this.mvc.perform(get("/staff/users").cookie(session)).andExpect(redirectedUrl("/staff/login"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?")
			.param(username)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void anAdministratorWhoTakesAwayTheirOwnRoleLosesItFromTheNextRequest() throws Exception {
		String username = newUser(StaffRole.ADMIN, StaffRole.FRONT_DESK);
		Cookie session = signIn(username, CHOSEN);
		long id = userId(username);
		StaffUser user = this.accounts.get(id);
		this.mvc.perform(post("/staff/users/" + id).cookie(session).with(csrf())
			.param("username", username)
			.param("fullName", user.getFullName())
			.param("roles", "FRONT_DESK")
			.param("enabled", "true")
			.param("version", String.valueOf(user.getVersion()))).andExpect(redirectedUrl("/staff/users/" + id));
		this.mvc.perform(get("/staff/users").cookie(session)).andExpect(status().isForbidden());
		this.mvc.perform(get("/staff/patients").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void aRoleGivenInTheDatabaseReachesAnOpenSessionOnItsNextRequest() throws Exception {
		String username = newUser(StaffRole.FRONT_DESK);
		Cookie session = signIn(username, CHOSEN);
		this.mvc.perform(get("/staff/audit").cookie(session)).andExpect(status().isForbidden());
		this.jdbc.sql("INSERT INTO staff_user_role (staff_user_id, role) VALUES (?, 'ADMIN')")
			.param(userId(username))
			.update();
		this.mvc.perform(get("/staff/audit").cookie(session)).andExpect(status().isOk());
		// the demo's admin stays the only administrator other tests count on
		this.jdbc.sql("DELETE FROM staff_user_role WHERE staff_user_id = ? AND role = 'ADMIN'")
			.param(userId(username))
			.update();
	}

	@Test
	void resettingAPasswordEndsTheUsersSessions() throws Exception {
		String username = newUser(StaffRole.CLINICIAN);
		Cookie session = signIn(username, CHOSEN);
		this.mvc.perform(post("/staff/users/" + userId(username) + "/reset-password")
			.with(user("admin").roles("ADMIN"))
			.with(csrf()));
		this.mvc.perform(get("/staff/patients").cookie(session)).andExpect(redirectedUrl("/staff/login"));
	}

	@Test
	void changingOwnPasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
		String username = newUser(StaffRole.CLINICIAN);
		Cookie here = signIn(username, CHOSEN);
		Cookie elsewhere = signIn(username, CHOSEN);
		this.mvc.perform(post("/staff/account/password").cookie(here).with(csrf())
			.param("currentPassword", CHOSEN)
			.param("newPassword", NEXT)
			.param("confirmPassword", NEXT)).andExpect(redirectedUrl("/staff/patients"));
		this.mvc.perform(get("/staff/patients").cookie(here)).andExpect(status().isOk());
		this.mvc.perform(get("/staff/patients").cookie(elsewhere)).andExpect(redirectedUrl("/staff/login"));
	}

	@Test
	void aSessionWhosePasswordChangedElsewhereEnds() throws Exception {
		String username = newUser(StaffRole.CLINICIAN);
		Cookie session = signIn(username, CHOSEN);
		this.jdbc.sql("UPDATE staff_user SET password_changed_at = CURRENT_TIMESTAMP WHERE username = ?")
			.param(username)
			.update();
		this.mvc.perform(get("/staff/patients").cookie(session)).andExpect(redirectedUrl("/staff/login?ended"));
	}

	@Test
	void staffPagesWarnAMinuteBeforeTheIdleSignOutAndCanKeepTheSessionAlive() throws Exception {
		Cookie session = signIn(newUser(StaffRole.FRONT_DESK), CHOSEN);
		this.mvc.perform(get("/staff/patients").cookie(session))
			.andExpect(content().string(containsString("data-idle-seconds=\"900\"")))
			.andExpect(content().string(containsString("data-keep-alive=\"/staff/keep-alive\"")))
			.andExpect(content().string(containsString("You will be signed out in one minute")));
		this.mvc.perform(get("/staff/keep-alive").cookie(session)).andExpect(status().isNoContent());
		this.mvc.perform(get("/staff/login").param("timeout", ""))
			.andExpect(content().string(containsString("You were signed out after a while without activity.")));
	}

	@Test
	void aTemporaryPasswordOnItsWayToThePageIsNotReadableInTheSessionStore() throws Exception {
		Cookie admin = signIn("admin", StaffSignInTests.ADMIN_PASSWORD);
		MvcResult created = this.mvc.perform(post("/staff/users/new").cookie(admin).with(csrf())
			.param("username", "sealed-" + UUID.randomUUID().toString().substring(0, 6))
			.param("fullName", "Sea Led")
			.param("roles", "FRONT_DESK")).andReturn();
		var sealed = (StaffAccounts.NewCredentials) created.getFlashMap().get(StaffAccounts.NewCredentials.ATTRIBUTE);
		var password = new TemporaryPassword(this.sealer.open(sealed.password()));
		List<byte[]> stored = this.jdbc.sql("SELECT ATTRIBUTE_BYTES FROM SPRING_SESSION_ATTRIBUTES")
			.query(byte[].class)
			.list();
		assertThat(stored).isNotEmpty()
			.noneMatch((bytes) -> new String(bytes, StandardCharsets.ISO_8859_1).contains(password.value()));
		this.mvc.perform(get(created.getResponse().getRedirectedUrl()).cookie(admin))
			.andExpect(content().string(containsString(password.grouped())));
	}

	private String newUser(StaffRole... roles) {
		String username = "staff-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.createWithPassword(username, "Sam Staff", Set.of(roles), CHOSEN, false);
		return username;
	}

	private long userId(String username) {
		return this.jdbc.sql("SELECT id FROM staff_user WHERE username = ?").param(username).query(Long.class).single();
	}

	private int sessionRows() {
		return this.jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION").query(Integer.class).single();
	}

	private Cookie signIn(String username, String password) throws Exception {
		MvcResult result = this.mvc.perform(post("/staff/login").with(csrf())
			.param("username", username)
			.param("password", password)).andExpect(redirectedUrl("/staff/patients")).andReturn();
		return result.getResponse().getCookie("SESSION");
	}

}
