package org.clinicportal.appointment;

import org.clinicportal.account.PortalTestAccounts;
import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ClinicPortalTest
class SchedulePagesTests {

	static final RequestPostProcessor FRONT_DESK = user("frontdesk").roles("FRONT_DESK");

	static final RequestPostProcessor CLINICIAN = user("clinician").roles("CLINICIAN");

	static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationContext context;

	@Test
	void scheduleShowsTheDemoClinicsDayWithAColumnPerClinicianAndTheRequestQueue() throws Exception {
		this.mvc.perform(get("/staff/schedule").with(CLINICIAN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dr. Casey Lin")))
			.andExpect(content().string(containsString("Dr. Morgan Reyes")))
			.andExpect(content().string(containsString("Times are in the clinic&#39;s time zone")))
			.andExpect(content().string(containsString("Requests from the portal")))
			.andExpect(content().string(containsString("Mornings before work suit me best.")));
	}

	@Test
	void weekViewShowsSevenDaysOfOneClinician() throws Exception {
		long lin = new Fixtures(this.context).lin();
		this.mvc.perform(get("/staff/schedule/clinicians/{id}", lin).with(FRONT_DESK))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Monday, ")))
			.andExpect(content().string(containsString("Sunday, ")));
	}

	@Test
	void dashboardShowsAppointmentsPanelAndBookingForFrontDeskOnly() throws Exception {
		long patient = new PortalTestAccounts(this.context).patient("Ana", "Rivera");
		this.mvc.perform(get("/staff/patients/{id}", patient).with(FRONT_DESK))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Upcoming")))
			.andExpect(content().string(containsString("Book appointment")));
		this.mvc.perform(get("/staff/patients/{id}", patient).with(CLINICIAN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Upcoming")))
			.andExpect(content().string(not(containsString("Book appointment"))));
	}

	@Test
	void bookingPageOffersFreeTimes() throws Exception {
		long patient = new PortalTestAccounts(this.context).patient("Ana", "Rivera");
		this.mvc.perform(get("/staff/patients/{id}/appointments/new", patient).with(FRONT_DESK))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Find free times")));
		this.mvc.perform(get("/staff/patients/{id}/appointments/new", patient).with(CLINICIAN))
			.andExpect(status().isForbidden());
	}

	@Test
	void administratorsSeeTypesAndWorkingHours() throws Exception {
		long lin = new Fixtures(this.context).lin();
		this.mvc.perform(get("/staff/appointment-types").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Psychotherapy")));
		this.mvc.perform(get("/staff/appointment-types/new").with(ADMIN)).andExpect(status().isOk());
		this.mvc.perform(get("/staff/schedule/clinicians/{id}/hours", lin).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"09:00\"")));
		this.mvc.perform(get("/staff/appointment-types").with(FRONT_DESK)).andExpect(status().isForbidden());
	}

}
