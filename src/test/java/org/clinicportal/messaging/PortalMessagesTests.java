package org.clinicportal.messaging;

import org.clinicportal.account.AccessType;
import org.clinicportal.form.FormsSection;
import org.clinicportal.messaging.MessagingFixtures.Holder;
import org.clinicportal.support.AuditRecords;
import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicportal.messaging.MessagingFixtures.pdf;
import static org.clinicportal.messaging.MessagingFixtures.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ClinicPortalTest
class PortalMessagesTests extends MessagingMvcTests {


	@Override
	String patientFirstName() {
		return "Mia";
	}

	@Test
	void messagesPageSaysItIsNotForEmergenciesWithTheCrisisLineAndTheReplyTimeBeforeAnyForm() throws Exception {
		Holder self = this.fixtures.holder(this.patient, AccessType.SELF, MessagesSection.KEY);
		for (String page : new String[] { "/messages", "/messages/new" }) {
			String html = this.mvc.perform(get("/portal/patients/" + this.patient + page).cookie(self.session()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).contains("Messages are not for emergencies", "call or text 988",
					"Suicide &amp; Crisis Lifeline", "call 911", "within 2 business days");
			int form = html.indexOf("enctype=\"multipart/form-data\"");
			assertThat(html.indexOf("not for emergencies")).isLessThan((form >= 0) ? form : html.length());
		}
	}

	@Test
	void patientWritesToAPoolWithAnAttachmentAndSeesTheConversationInTheList() throws Exception {
		Holder self = this.fixtures.holder(this.patient, AccessType.SELF, MessagesSection.KEY);
		String subject = unique("Refill question");
		this.mvc.perform(newMessage(self, "Front desk and scheduling", subject, "Can I get a refill?")
			.file(pdf("prescription.pdf"))).andExpect(status().is3xxRedirection());
		long conversation = this.fixtures.conversationId(subject);
		this.mvc.perform(get("/portal/patients/{p}/messages", this.patient).cookie(self.session()))
			.andExpect(content().string(containsString(subject)))
			.andExpect(content().string(containsString("Last from Tess Tester")));
		this.mvc.perform(get("/portal/patients/{p}/messages/{c}", this.patient, conversation).cookie(self.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Can I get a refill?")))
			.andExpect(content().string(containsString("prescription.pdf")));
		assertThat(new AuditRecords(this.fixtures.jdbc).latest(5)).anySatisfy((record) -> assertThat(record)
			.startsWith("MESSAGE_SENT portal:" + self.username() + " " + this.patient + " conversation " + conversation)
			.contains("from the patient, 1 attachments")
			.doesNotContain("refill", "Refill", "prescription"));
	}

	@Test
	void representativesMessageSaysWhoSentItOnWhoseBehalf() throws Exception {
		Holder rep = this.fixtures.holder(this.patient, AccessType.AUTHORIZED_REP, MessagesSection.KEY);
		String subject = unique("School note");
		this.mvc.perform(newMessage(rep, "My care team", subject, "Mia needs a note."))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/portal/patients/{p}/messages/{c}", this.patient, this.fixtures.conversationId(subject))
			.cookie(rep.session()))
			.andExpect(content().string(containsString("sent by Tess Tester on behalf of Mia "
					+ this.fixtures.lastName(this.patient))));
	}

	@Test
	void refusedMessageSaysWhyAndKeepsWhatWasTyped() throws Exception {
		Holder self = this.fixtures.holder(this.patient, AccessType.SELF, MessagesSection.KEY);
		this.mvc.perform(newMessage(self, "Billing", "", "My typed text stays")
			.file(MessagingFixtures.file("invoice.pdf", new byte[] { 'M', 'Z', 0, 0 })))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please give your message a subject.")))
			.andExpect(content().string(containsString("invoice.pdf is not a PDF, JPEG or PNG file")))
			.andExpect(content().string(containsString("choose your files again")))
			.andExpect(content().string(containsString("My typed text stays")));
		this.mvc.perform(newMessage(self, "Billing", "Subject", " ")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Please write your message.")));
		var six = newMessage(self, "Billing", "Six files", "text");
		for (int i = 0; i < 6; i++) {
			six.file(pdf("page" + i + ".pdf"));
		}
		this.mvc.perform(six)
			.andExpect(content().string(containsString("You chose 6 files; a message can carry at most 5.")));
		this.mvc.perform(multipart("/portal/patients/{p}/messages/new", this.patient).cookie(self.session()).with(csrf())
			.param("pool", "999999").param("subject", "S").param("body", "B"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose one of the listed recipients.")));
		assertThat(this.fixtures.jdbc.sql("SELECT COUNT(*) FROM conversation WHERE patient_id = ?")
			.param(this.patient).query(Long.class).single()).isZero();
	}

	@Test
	void aFileLargerThanTenMegabytesIsRefusedByName() throws Exception {
		Holder self = this.fixtures.holder(this.patient, AccessType.SELF, MessagesSection.KEY);
		byte[] large = new byte[(int) AttachmentRules.MAX_BYTES + 1];
		System.arraycopy(AttachmentRulesTests.PDF, 0, large, 0, AttachmentRulesTests.PDF.length);
		this.mvc.perform(newMessage(self, "Billing", "Scan", "Attached").file(MessagingFixtures.file("scan.pdf", large)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("scan.pdf is 10.0 MB; each file can be at most 10 MB.")));
	}

	@Test
	void anAttachmentIsDownloadedAsAFileNeverShownInThePage() throws Exception {
		Holder self = this.fixtures.holder(this.patient, AccessType.SELF, MessagesSection.KEY);
		String subject = unique("Photo");
		this.mvc.perform(newMessage(self, "Billing", subject, "See the photo")
			.file(MessagingFixtures.file("<script>.png", AttachmentRulesTests.PNG)));
		long conversation = this.fixtures.conversationId(subject);
		long attachment = this.fixtures.jdbc.sql("SELECT id FROM message_attachment WHERE conversation_id = ?")
			.param(conversation).query(Long.class).single();
		var result = this.mvc.perform(get("/portal/patients/{p}/messages/{c}/attachments/{a}", this.patient, conversation,
				attachment).cookie(self.session()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", containsString("attachment;")))
			.andExpect(header().string("Content-Disposition", containsString("script.png")))
			.andReturn();
		assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(AttachmentRulesTests.PNG);
		assertThat(new AuditRecords(this.fixtures.jdbc).latest(1).get(0)).isEqualTo("MESSAGE_ATTACHMENT_DOWNLOADED portal:"
				+ self.username() + " " + this.patient + " conversation " + conversation + ", attachment " + attachment);
	}

	@Test
	void withoutTheMessagesPermissionThereIsNoMessagesAndTheAddressesAreNotFound() throws Exception {
		Holder self = this.fixtures.holder(this.patient, AccessType.SELF, MessagesSection.KEY);
		String subject = unique("Private");
		this.mvc.perform(newMessage(self, "Billing", subject, "text"));
		long conversation = this.fixtures.conversationId(subject);
		Holder rep = this.fixtures.holder(this.patient, AccessType.AUTHORIZED_REP, FormsSection.KEY);
		this.mvc.perform(get("/portal/patients/{p}", this.patient).cookie(rep.session()))
			.andExpect(content().string(not(containsString("/messages"))));
		for (String address : new String[] { "/messages", "/messages/new", "/messages/" + conversation }) {
			this.mvc.perform(get("/portal/patients/" + this.patient + address).cookie(rep.session()))
				.andExpect(status().isNotFound());
		}
	}

	@Test
	void anotherPatientsConversationIsNotFound() throws Exception {
		long other = this.fixtures.patient("Omar");
		Holder otherSelf = this.fixtures.holder(other, AccessType.SELF, MessagesSection.KEY);
		String subject = unique("Other");
		this.mvc.perform(newMessage(other, otherSelf, "Billing", subject, "text"));
		long conversation = this.fixtures.conversationId(subject);
		Holder self = this.fixtures.holder(this.patient, AccessType.SELF, MessagesSection.KEY);
		this.mvc.perform(get("/portal/patients/{p}/messages/{c}", this.patient, conversation).cookie(self.session()))
			.andExpect(status().isNotFound());
		this.mvc.perform(multipart("/portal/patients/{p}/messages/{c}", this.patient, conversation).cookie(self.session())
			.with(csrf()).param("body", "sneaky")).andExpect(status().isNotFound());
	}

	private MockMultipartHttpServletRequestBuilder newMessage(Holder holder, String pool, String subject, String body) {
		return newMessage(this.patient, holder, pool, subject, body);
	}

	private MockMultipartHttpServletRequestBuilder newMessage(long patientId, Holder holder, String pool, String subject,
			String body) {
		var request = multipart("/portal/patients/{p}/messages/new", patientId);
		request.cookie(holder.session()).with(csrf())
			.param("pool", String.valueOf(this.fixtures.poolId(pool)))
			.param("subject", subject)
			.param("body", body);
		return request;
	}

}
