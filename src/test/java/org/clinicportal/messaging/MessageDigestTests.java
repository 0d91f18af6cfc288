package org.clinicportal.messaging;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicportal.messaging.MessagingFixtures.FRONT_DESK;
import static org.clinicportal.messaging.MessagingFixtures.unique;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/** The hourly digest: staff opt in on the inbox page and get counts per pool, never who wrote or what. */
@ClinicPortalTest
class MessageDigestTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Pools pools;

	@Autowired
	private Conversations conversations;

	@Autowired
	private MessageDigest digest;

	@Autowired
	private DigestSubscriptions subscriptions;

	@Test
	void aSubscriberGetsTheNumberOfNewMessagesInEachOfTheirPoolsAndNothingMore() throws Exception {
		var fixtures = new MessagingFixtures(this.mvc, this.context);
		String address = unique("digest").replace(' ', '-') + "@example.org";
		this.mvc.perform(post("/staff/messages/digest").param("hourly", "true").param("email", address)
			.with(FRONT_DESK).with(csrf())).andExpect(flash().attribute("messageCode", "messaging.digest.on"));
		this.mvc.perform(get("/staff/messages").with(FRONT_DESK)).andExpect(content().string(containsString(address)));
		String name = unique("Digest pool");
		Pool pool = this.pools.find(this.pools.create(name, null)).orElseThrow();
		long frontDesk = fixtures.jdbc.sql("SELECT id FROM staff_user WHERE username = 'frontdesk'")
			.query(Long.class)
			.single();
		this.pools.addMember(pool.id(), frontDesk);
		long patient = fixtures.patient("Digest");
		var author = new Author("portal:digest", "Dee Gest", null);
		long id = this.conversations.start(patient, pool, "Suicidal thoughts", "I need help", List.of(), author,
				MessageKind.PATIENT);
		this.conversations.reply(fixtures.conversation(id), "Still waiting", List.of(), author, MessageKind.PATIENT);
		assertThat(this.digest.send(Instant.now().truncatedTo(ChronoUnit.HOURS))).isPositive();
		assertThat(fixtures.emailsNow(address)).singleElement().satisfies((email) -> assertThat(email)
			.startsWith("New messages at Riverside Behavioral Health")
			.contains(name + ": 2", "/staff/messages")
			.doesNotContain("Suicidal", "help", "Dee Gest", "Digest " + fixtures.lastName(patient)));
	}

	@Test
	void aStaffUserTurnsTheDigestOffOrIsToldTheAddressIsNotOne() throws Exception {
		long frontDesk = new MessagingFixtures(this.mvc, this.context).jdbc
			.sql("SELECT id FROM staff_user WHERE username = 'frontdesk'")
			.query(Long.class)
			.single();
		this.mvc.perform(post("/staff/messages/digest").param("hourly", "true").param("email", "not an address")
			.with(FRONT_DESK).with(csrf())).andExpect(flash().attribute("error", containsString("name@example.org")));
		this.mvc.perform(post("/staff/messages/digest").param("hourly", "false").with(FRONT_DESK).with(csrf()))
			.andExpect(flash().attribute("messageCode", "messaging.digest.off"));
		assertThat(this.subscriptions.of(frontDesk)).isEmpty();
	}

}
