package org.clinicportal.messaging;

import java.util.List;

import org.clinicportal.account.AccessType;
import org.clinicportal.form.FormsSection;
import org.clinicportal.messaging.MessagingFixtures.Holder;
import org.clinicportal.support.AuditRecords;
import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicportal.messaging.MessagingFixtures.CLINICIAN;
import static org.clinicportal.messaging.MessagingFixtures.FRONT_DESK;
import static org.clinicportal.messaging.MessagingFixtures.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ClinicPortalTest
class StaffMessagesTests extends MessagingMvcTests {


	private Holder self;

	@Override
	String patientFirstName() {
		return "Grace";
	}

	@BeforeEach
	void selfAccount() throws Exception {
		this.self = this.fixtures.holder(this.patient, AccessType.SELF, MessagesSection.KEY);
	}

	@Test
	void aPatientsMessageWaitsInItsPoolsInboxAndIsNotFoundOutsideThePool() throws Exception {
		long conversation = write("Billing", unique("Invoice"), "Why was I billed twice?");
		long billing = this.fixtures.poolId("Billing");
		this.mvc.perform(get("/staff/messages").param("pool", String.valueOf(billing)).with(FRONT_DESK))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/staff/messages/" + conversation)))
			.andExpect(content().string(containsString("Waiting for the clinic")));
		this.mvc.perform(get("/staff/messages/{c}", conversation).with(FRONT_DESK))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Why was I billed twice?")))
			.andExpect(content().string(containsString("href=\"/staff/patients/" + this.patient + "\"")));
		this.mvc.perform(get("/staff/messages").param("pool", String.valueOf(billing)).with(CLINICIAN))
			.andExpect(content().string(not(containsString("/staff/messages/" + conversation))));
		this.mvc.perform(get("/staff/messages/{c}", conversation).with(CLINICIAN)).andExpect(status().isNotFound());
		this.mvc.perform(multipart("/staff/messages/{c}/reply", conversation).with(CLINICIAN).with(csrf())
			.param("body", "not mine")).andExpect(status().isNotFound());
	}

	@Test
	void aReplyWaitsForThePatientAndEveryAccountWithMessagesIsToldOnlyThatThereIsAMessage() throws Exception {
		String subject = unique("Lab results depression screening");
		long conversation = write("Billing", subject, "Question");
		Holder rep = this.fixtures.holder(this.patient, AccessType.AUTHORIZED_REP, MessagesSection.KEY);
		Holder formsOnly = this.fixtures.holder(this.patient, AccessType.AUTHORIZED_REP, FormsSection.KEY);
		this.mvc.perform(multipart("/staff/messages/{c}/reply", conversation).file(MessagingFixtures.pdf("results.pdf"))
			.with(FRONT_DESK).with(csrf()).param("body", "Your sertraline refill is ready"))
			.andExpect(flash().attribute("messageCode", "messaging.reply.sent"));
		assertThat(state(conversation)).isEqualTo("WAITING_PATIENT");
		for (Holder told : List.of(this.self, rep)) {
			List<String> emails = this.fixtures.emailsTo(told.username(), 1);
			assertThat(emails).singleElement().satisfies((email) -> assertThat(email)
				.startsWith("New message at Riverside Behavioral Health")
				.contains("There is a new message for you", "/portal/login")
				.doesNotContain("sertraline", "Lab results", "results.pdf", "Grace", "Billing", "/messages"));
		}
		assertThat(this.fixtures.emailsNow(formsOnly.username())).isEmpty(); // told in the same listener call
	}

	@Test
	void aConversationMarkedPatientOnlyIsHiddenFromRepresentativesAndToldToThePatientAlone() throws Exception {
		long conversation = write("Front desk and scheduling", unique("Private matter"), "Only for me");
		Holder rep = this.fixtures.holder(this.patient, AccessType.AUTHORIZED_REP, MessagesSection.KEY);
		this.mvc.perform(get("/portal/patients/{p}/messages/{c}", this.patient, conversation).cookie(rep.session()))
			.andExpect(status().isOk());
		this.mvc.perform(post("/staff/messages/{c}/patient-only", conversation).param("only", "true").with(FRONT_DESK)
			.with(csrf())).andExpect(flash().attribute("messageCode", "messaging.patientOnly.on"));
		this.mvc.perform(get("/portal/patients/{p}/messages/{c}", this.patient, conversation).cookie(rep.session()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/portal/patients/{p}/messages", this.patient).cookie(rep.session()))
			.andExpect(content().string(not(containsString("/messages/" + conversation))));
		this.mvc.perform(multipart("/staff/messages/{c}/reply", conversation).with(FRONT_DESK).with(csrf())
			.param("body", "Answer"));
		assertThat(this.fixtures.emailsTo(this.self.username(), 1)).hasSize(1);
		assertThat(this.fixtures.emailsNow(rep.username())).isEmpty();
		assertThat(new AuditRecords(this.fixtures.jdbc).latest(10)).anySatisfy((record) -> assertThat(record)
			.isEqualTo("CONVERSATION_PATIENT_ONLY_CHANGED frontdesk " + this.patient + " conversation " + conversation
					+ " patient only"));
	}

	@Test
	void anInternalNoteIsForStaffOnly() throws Exception {
		long conversation = write("Billing", unique("Payment plan"), "Can I pay monthly?");
		this.mvc.perform(post("/staff/messages/{c}/note", conversation).param("body", "Check the balance first")
			.with(FRONT_DESK).with(csrf())).andExpect(flash().attribute("messageCode", "messaging.note.added"));
		this.mvc.perform(get("/staff/messages/{c}", conversation).with(FRONT_DESK))
			.andExpect(content().string(containsString("Check the balance first")))
			.andExpect(content().string(containsString("Internal note")));
		this.mvc.perform(get("/portal/patients/{p}/messages/{c}", this.patient, conversation).cookie(this.self.session()))
			.andExpect(content().string(not(containsString("Check the balance first"))));
		assertThat(state(conversation)).isEqualTo("WAITING_CLINIC");
	}

	@Test
	void closeReopenAndAReplyToAClosedConversationOpensItAgain() throws Exception {
		long conversation = write("Billing", unique("Receipt"), "Please send a receipt");
		this.mvc.perform(post("/staff/messages/{c}/close", conversation).with(FRONT_DESK).with(csrf()))
			.andExpect(flash().attribute("messageCode", "messaging.close.done"));
		this.mvc.perform(post("/staff/messages/{c}/close", conversation).with(FRONT_DESK).with(csrf()))
			.andExpect(flash().attribute("messageCode", "messaging.close.already"));
		this.mvc.perform(get("/portal/patients/{p}/messages/{c}", this.patient, conversation).cookie(this.self.session()))
			.andExpect(content().string(containsString("This conversation is closed. A reply opens it again.")));
		this.mvc.perform(multipart("/portal/patients/{p}/messages/{c}", this.patient, conversation)
			.cookie(this.self.session()).with(csrf()).param("body", "One more thing"));
		assertThat(state(conversation)).isEqualTo("WAITING_CLINIC");
		this.mvc.perform(post("/staff/messages/{c}/close", conversation).with(FRONT_DESK).with(csrf()));
		this.mvc.perform(post("/staff/messages/{c}/reopen", conversation).with(FRONT_DESK).with(csrf()))
			.andExpect(flash().attribute("messageCode", "messaging.reopen.done"));
		assertThat(state(conversation)).isEqualTo("WAITING_CLINIC");
		assertThat(new AuditRecords(this.fixtures.jdbc).latest(12)).anySatisfy((record) -> assertThat(record)
			.startsWith("CONVERSATION_REOPENED portal:" + this.self.username()).endsWith("by a reply"));
	}

	@Test
	void assignToAMemberOfThePoolAndFilterAssignedToMe() throws Exception {
		String subject = unique("Reschedule");
		long conversation = write("Front desk and scheduling", subject, "Can we move Tuesday?");
		long staffId = this.fixtures.jdbc.sql("SELECT id FROM staff_user WHERE username = 'frontdesk'")
			.query(Long.class)
			.single();
		long clinician = this.fixtures.jdbc.sql("SELECT id FROM staff_user WHERE username = 'clinician'")
			.query(Long.class)
			.single();
		this.mvc.perform(post("/staff/messages/{c}/assign", conversation).param("staffId", String.valueOf(clinician))
			.with(FRONT_DESK).with(csrf())).andExpect(flash().attribute("messageCode", "messaging.assign.notMember"));
		this.mvc.perform(post("/staff/messages/{c}/assign", conversation).param("staffId", String.valueOf(staffId))
			.with(FRONT_DESK).with(csrf())).andExpect(flash().attribute("messageCode", "messaging.assign.done"));
		long pool = this.fixtures.poolId("Front desk and scheduling");
		this.mvc.perform(get("/staff/messages").param("pool", String.valueOf(pool)).param("filter", "MINE").with(FRONT_DESK))
			.andExpect(content().string(containsString(subject)))
			.andExpect(content().string(containsString("Fran Desmond")));
	}

	@Test
	void theInboxFindsAConversationByPatientNameMrnOrSubjectWordAndStaffDownloadItsFile() throws Exception {
		String subject = unique("Wheelchair ramp access");
		this.mvc.perform(multipart("/portal/patients/{p}/messages/new", this.patient).file(MessagingFixtures.pdf("a.pdf"))
			.cookie(this.self.session()).with(csrf())
			.param("pool", String.valueOf(this.fixtures.poolId("Billing")))
			.param("subject", subject)
			.param("body", "text"));
		long conversation = this.fixtures.conversationId(subject);
		String mrn = this.fixtures.jdbc.sql("SELECT mrn FROM patient WHERE id = ?").param(this.patient)
			.query(String.class).single();
		var searches = List.of(List.of("PATIENT", this.fixtures.lastName(this.patient)), List.of("PATIENT", mrn),
				List.of("SUBJECT", "RAMP wheelchair"));
		for (List<String> search : searches) {
			this.mvc.perform(get("/staff/messages").param("pool", String.valueOf(this.fixtures.poolId("Billing")))
				.param("by", search.get(0)).param("q", search.get(1)).with(FRONT_DESK))
				.andExpect(content().string(containsString("/staff/messages/" + conversation + "\"")));
		}
		long file = this.fixtures.jdbc.sql("SELECT id FROM message_attachment WHERE conversation_id = ?")
			.param(conversation).query(Long.class).single();
		this.mvc.perform(get("/staff/messages/{c}/attachments/{a}", conversation, file).with(FRONT_DESK))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment;")));
		assertThat(new AuditRecords(this.fixtures.jdbc).latest(1).get(0)).isEqualTo("MESSAGE_ATTACHMENT_DOWNLOADED"
				+ " frontdesk " + this.patient + " conversation " + conversation + ", attachment " + file);
	}

	@Test
	void anEmptyReplyIsRefusedWithAMessage() throws Exception {
		long conversation = write("Billing", unique("Empty"), "Hello");
		this.mvc.perform(multipart("/staff/messages/{c}/reply", conversation).with(FRONT_DESK).with(csrf())
			.param("body", "  ")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Please write your message.")));
	}

	@Test
	void openingAConversationIsAuditedOnceForEachNewMessage() throws Exception {
		long conversation = write("Billing", unique("Audit"), "Hello");
		this.mvc.perform(get("/staff/messages/{c}", conversation).with(FRONT_DESK));
		this.mvc.perform(get("/staff/messages/{c}", conversation).with(FRONT_DESK));
		long reads = this.fixtures.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'MESSAGE_READ'"
				+ " AND actor = 'frontdesk' AND detail LIKE ?")
			.param("conversation " + conversation + " %")
			.query(Long.class)
			.single();
		assertThat(reads).isEqualTo(1);
	}

	@Test
	void unreadRepliesAreCountedInThePortalMenuUntilRead() throws Exception {
		long conversation = write("Billing", unique("Badge"), "Hello");
		this.mvc.perform(multipart("/staff/messages/{c}/reply", conversation).with(FRONT_DESK).with(csrf())
			.param("body", "Answer"));
		this.mvc.perform(get("/portal/patients/{p}", this.patient).cookie(this.self.session()))
			.andExpect(content().string(containsString("aria-label=\"1 new\"")));
		this.mvc.perform(get("/portal/patients/{p}/messages", this.patient).cookie(this.self.session()))
			.andExpect(content().string(containsString("class=\"unread\"")));
		this.mvc.perform(get("/portal/patients/{p}/messages/{c}", this.patient, conversation).cookie(this.self.session()));
		this.mvc.perform(get("/portal/patients/{p}", this.patient).cookie(this.self.session()))
			.andExpect(content().string(not(containsString("aria-label=\"1 new\""))));
	}

	private long write(String pool, String subject, String body) throws Exception {
		this.mvc.perform(multipart("/portal/patients/{p}/messages/new", this.patient).cookie(this.self.session())
			.with(csrf())
			.param("pool", String.valueOf(this.fixtures.poolId(pool)))
			.param("subject", subject)
			.param("body", body)).andExpect(status().is3xxRedirection());
		return this.fixtures.conversationId(subject);
	}

	private String state(long conversation) {
		return this.fixtures.jdbc.sql("SELECT state FROM conversation WHERE id = ?").param(conversation)
			.query(String.class).single();
	}

}
