package org.clinicportal.messaging;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.clinicportal.account.AccessType;
import org.clinicportal.account.PortalTestAccounts;
import org.clinicportal.portal.PortalMvc;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the messaging tests share: patients of their own, portal accounts signed in, staff of the demo
 * clinic (members of the pools from the first start), files of each kind, and the outbox read back.
 */
final class MessagingFixtures {

	static final String PASSWORD = "granite willow comet parade";

	/** The demo clinician: a member of My care team from the first start. */
	static final RequestPostProcessor CLINICIAN = user("clinician").roles("CLINICIAN");

	/** The demo front desk: a member of the other pools from the first start. */
	static final RequestPostProcessor FRONT_DESK = user("frontdesk").roles("FRONT_DESK");

	static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	final MockMvc mvc;

	final JdbcClient jdbc;

	final PortalTestAccounts accounts;

	MessagingFixtures(MockMvc mvc, ApplicationContext context) {
		this.mvc = mvc;
		this.jdbc = context.getBean(JdbcClient.class);
		this.accounts = new PortalTestAccounts(context);
	}

	/** A new patient with a name of its own, so that its conversations are these tests' alone. */
	long patient(String firstName) throws Exception {
		String last = "Msg" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc.perform(post("/staff/patients/new").with(ADMIN).with(csrf())
			.param("firstName", firstName)
			.param("lastName", last)
			.param("dateOfBirth", "1990-01-02")
			.param("sex", "FEMALE")
			.param("preferredLanguage", "en"));
		return this.jdbc.sql("SELECT id FROM patient WHERE last_name = ?").param(last).query(Long.class).single();
	}

	String lastName(long patientId) {
		return this.jdbc.sql("SELECT last_name FROM patient WHERE id = ?").param(patientId).query(String.class).single();
	}

	/** A signed-in portal account for the patient, with these sections and this email address as username. */
	Holder holder(long patientId, AccessType type, String... sections) throws Exception {
		String username = PortalMvc.username();
		long id = this.accounts.create(username, PASSWORD, false, patientId, type, sections);
		this.jdbc.sql("UPDATE portal_account SET email = ? WHERE id = ?").params(username, id).update();
		return new Holder(id, username, PortalMvc.signIn(this.mvc, username, PASSWORD));
	}

	/** The conversation as it is now. */
	Conversation conversation(long conversationId) {
		return this.jdbc.sql("SELECT " + ConversationQueries.COLUMNS + " FROM conversation c WHERE c.id = ?")
			.param(conversationId)
			.query(ConversationQueries::conversation)
			.single();
	}

	long poolId(String name) {
		return this.jdbc.sql("SELECT id FROM message_pool WHERE name = ?").param(name).query(Long.class).single();
	}

	long conversationId(String subject) {
		return this.jdbc.sql("SELECT id FROM conversation WHERE subject = ?").param(subject).query(Long.class).single();
	}

	/** Subject and text of the emails queued for the address, once the listener has queued {@code count}. */
	List<String> emailsTo(String address, int count) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		List<String> emails;
		do {
			emails = emailsNow(address);
			if (emails.size() >= count) {
				return emails;
			}
			Thread.sleep(50);
		}
		while (System.nanoTime() < deadline);
		return emails;
	}

	/** Subject and text of the emails queued for the address so far. */
	List<String> emailsNow(String address) {
		return this.jdbc.sql("SELECT subject || ' | ' || COALESCE(text_body, '') FROM outbox_email WHERE recipient = ?"
				+ " ORDER BY id")
			.param(address)
			.query(String.class)
			.list();
	}

	static String unique(String text) {
		return text + " " + UUID.randomUUID().toString().substring(0, 6);
	}

	static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile(MessageFiles.PART, name, "application/octet-stream", content);
	}

	static MockMultipartFile pdf(String name) {
		return file(name, AttachmentRulesTests.PDF);
	}

	/**
	 * A portal account holder signed in.
	 *
	 * @param id the account
	 * @param username its username and email address
	 * @param session its session cookie
	 */
	record Holder(long id, String username, Cookie session) {
	}

}
