package org.clinicportal.staff;

import org.clinicportal.credential.SecretSealer;
import org.clinicportal.credential.TemporaryPassword;
import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ClinicPortalTest
class StaffUsersControllerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private StaffUserRepository users;

	@Autowired
	private SecretSealer sealer;

	@Test
	void onlyAdministratorsOpenStaffUsers() throws Exception {
		this.mvc.perform(get("/staff/users").with(user("frontdesk").roles("FRONT_DESK"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/staff/users").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("frontdesk")))
			.andExpect(content().string(containsString("Dr. Casey Lin")));
	}

	@Test
	void processCreationFormShowsTemporaryPasswordOnceOnly() throws Exception {
		MvcResult created = this.mvc
			.perform(post("/staff/users/new").with(user("admin").roles("ADMIN")).with(csrf())
				.param("username", "reception2")
				.param("fullName", "Rae Reception")
				.param("roles", "FRONT_DESK"))
			.andExpect(status().isFound())
			.andExpect(flash().attributeExists(StaffAccounts.NewCredentials.ATTRIBUTE))
			.andReturn();
		var credentials = (StaffAccounts.NewCredentials) created.getFlashMap().get(StaffAccounts.NewCredentials.ATTRIBUTE);
		var password = new TemporaryPassword(this.sealer.open(credentials.password()));
		String page = created.getResponse().getRedirectedUrl();
		var session = created.getResponse().getCookie("SESSION");
		this.mvc.perform(get(page).with(user("admin").roles("ADMIN")).cookie(session))
			.andExpect(content().string(containsString(password.grouped())));
		this.mvc.perform(get(page).with(user("admin").roles("ADMIN")).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(password.grouped()))));
		assertThat(this.users.findByUsernameIgnoreCase("reception2")).get()
			.satisfies((u) -> assertThat(u.isMustChangePassword()).isTrue())
			.satisfies((u) -> assertThat(u.getPasswordHash()).startsWith("{argon2}"));
	}

	@Test
	void processCreationFormHasErrors() throws Exception {
		this.mvc
			.perform(post("/staff/users/new").with(user("admin").roles("ADMIN")).with(csrf())
				.param("username", "a b")
				.param("fullName", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Use 3 to 64 letters, digits and . - _ @ only.")))
			.andExpect(content().string(containsString("Please fill this in.")))
			.andExpect(content().string(containsString("Choose at least one role.")));
	}

	@Test
	void processCreationFormRefusesTakenUsername() throws Exception {
		this.mvc
			.perform(post("/staff/users/new").with(user("admin").roles("ADMIN")).with(csrf())
				.param("username", "FrontDesk")
				.param("fullName", "Someone Else")
				.param("roles", "CLINICIAN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This username is already taken.")));
	}

	@Test
	void lastAdministratorCannotLoseAdminRole() throws Exception {
		StaffUser admin = this.users.findByUsernameIgnoreCase("admin").orElseThrow();
		this.mvc
			.perform(post("/staff/users/" + admin.getId()).with(user("admin").roles("ADMIN")).with(csrf())
				.param("username", "admin")
				.param("fullName", "Clinic Administrator")
				.param("roles", "FRONT_DESK")
				.param("enabled", "true")
				.param("version", String.valueOf(admin.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("at least one enabled administrator")));
		assertThat(this.users.findByUsernameIgnoreCase("admin").orElseThrow().getRoles()).contains(StaffRole.ADMIN);
	}

	@Test
	void staleVersionGetsConflictAndNothingIsOverwritten() throws Exception {
		StaffUser clinician = this.users.findByUsernameIgnoreCase("clinician2").orElseThrow();
		this.mvc
			.perform(post("/staff/users/" + clinician.getId()).with(user("admin").roles("ADMIN")).with(csrf())
				.param("username", "clinician2")
				.param("fullName", "Renamed By Stale Form")
				.param("roles", "CLINICIAN")
				.param("enabled", "true")
				.param("version", String.valueOf(clinician.getVersion() - 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this record")));
		assertThat(this.users.findById(clinician.getId()).orElseThrow().getFullName()).isEqualTo("Dr. Morgan Reyes");
	}

}
