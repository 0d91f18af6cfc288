package org.clinicportal.messaging;

import org.clinicportal.support.AuditRecords;
import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicportal.messaging.MessagingFixtures.ADMIN;
import static org.clinicportal.messaging.MessagingFixtures.FRONT_DESK;
import static org.clinicportal.messaging.MessagingFixtures.unique;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ClinicPortalTest
class PoolsControllerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationContext context;

	private MessagingFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new MessagingFixtures(this.mvc, this.context);
	}

	@Test
	void theDefaultPoolsAreListedWithTheirFirstMembers() throws Exception {
		this.mvc.perform(get("/staff/message-pools").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("My care team")))
			.andExpect(content().string(containsString("Front desk and scheduling")))
			.andExpect(content().string(containsString("Billing")))
			.andExpect(content().string(containsString("Dr. Casey Lin")))
			.andExpect(content().string(containsString("Fran Desmond")));
	}

	@Test
	void onlyAdministratorsManagePools() throws Exception {
		this.mvc.perform(get("/staff/message-pools").with(FRONT_DESK)).andExpect(status().isForbidden());
		this.mvc.perform(post("/staff/message-pools").param("name", "Sneaky").with(FRONT_DESK).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAdministratorAddsAPoolChoosesItsMembersAndTheyReadItsInbox() throws Exception {
		String name = unique("Pharmacy");
		this.mvc.perform(post("/staff/message-pools").param("name", name).param("description", "Refills").with(ADMIN)
			.with(csrf())).andExpect(flash().attribute("messageCode", "messaging.pools.created"));
		long pool = this.fixtures.poolId(name);
		long frontDesk = this.fixtures.jdbc.sql("SELECT id FROM staff_user WHERE username = 'frontdesk'")
			.query(Long.class).single();
		this.mvc.perform(post("/staff/message-pools/{id}", pool).param("name", name).param("offered", "true")
			.param("members", String.valueOf(frontDesk)).with(ADMIN).with(csrf()))
			.andExpect(flash().attribute("messageCode", "messaging.pools.saved"));
		String activeTab = "href=\"/staff/messages?pool=" + pool + "\" aria-current=\"page\" class=\"active\">" + name;
		this.mvc.perform(get("/staff/messages").param("pool", String.valueOf(pool)).with(FRONT_DESK))
			.andExpect(content().string(containsString(activeTab)));
		assertThat(new AuditRecords(this.fixtures.jdbc).latest(3)).anySatisfy((record) -> assertThat(record)
			.startsWith("MESSAGE_POOL_CHANGED admin null pool " + pool + " " + name + ": offered in the portal, 1 members"));
	}

	@Test
	void aNameInUseOrAnUnknownMemberIsRefusedWithAMessage() throws Exception {
		this.mvc.perform(post("/staff/message-pools").param("name", "billing").with(ADMIN).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Another pool has this name.")));
		long billing = this.fixtures.poolId("Billing");
		this.mvc.perform(post("/staff/message-pools/{id}", billing).param("name", "Billing").param("members", "987654321")
			.with(ADMIN).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose members among the listed staff users.")));
		this.mvc.perform(post("/staff/message-pools/{id}", billing).param("name", " ").with(ADMIN).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please fill this in.")));
	}

}
