package org.clinicportal.system;

import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ClinicPortalTest
class SystemPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationContext context;

	@Test
	void landingPageLinksToStaffConsoleAndPatientPortal() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/staff/patients\"")))
			.andExpect(content().string(containsString("href=\"/portal\"")));
	}

	@Test
	void healthAndItsProbesAnswerUpWithoutSigningInAndWithoutDetails() throws Exception {
		for (String probe : new String[] { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" }) {
			this.mvc.perform(get(probe))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("UP"))
				.andExpect(jsonPath("$.components").doesNotExist())
				.andExpect(jsonPath("$.details").doesNotExist());
		}
	}

	@Test
	void everyPageCarriesSecurityHeaders() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
	}

	@Test
	void thereIsNoDefaultUserWithAGeneratedPasswordBesideStaffAndPortalAccounts() {
		assertThat(this.context.getBeanNamesForType(UserDetailsService.class)).isEmpty();
	}

}
