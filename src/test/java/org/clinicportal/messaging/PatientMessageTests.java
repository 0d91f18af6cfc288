package org.clinicportal.messaging;

import org.clinicportal.account.AccessType;
import org.clinicportal.messaging.MessagingFixtures.Holder;
import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicportal.messaging.MessagingFixtures.CLINICIAN;
import static org.clinicportal.messaging.MessagingFixtures.FRONT_DESK;
import static org.clinicportal.messaging.MessagingFixtures.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Message patient, from the chart, and the Messages panel of the Patient Dashboard. */
@ClinicPortalTest
class PatientMessageTests extends MessagingMvcTests {


	@Override
	String patientFirstName() {
		return "Sofia";
	}

	@Test
	void clinicianStartsAConversationFromTheChartAndThePatientReadsIt() throws Exception {
		Holder self = this.fixtures.holder(this.patient, AccessType.SELF, MessagesSection.KEY);
		this.mvc.perform(get("/staff/patients/{p}", this.patient).with(CLINICIAN))
			.andExpect(content().string(containsString("href=\"/staff/patients/" + this.patient + "/messages/new\"")))
			.andExpect(content().string(containsString("No open conversations.")));
		this.mvc.perform(get("/staff/patients/{p}/messages/new", this.patient).with(CLINICIAN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("One portal account will be told by email")))
			.andExpect(content().string(containsString(">My care team</option>")))
			.andExpect(content().string(not(containsString(">Billing</option>"))));
		String subject = unique("Your next session");
		this.mvc.perform(multipart("/staff/patients/{p}/messages/new", this.patient).with(CLINICIAN).with(csrf())
			.param("pool", String.valueOf(this.fixtures.poolId("My care team")))
			.param("subject", subject)
			.param("body", "See you on Thursday."))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeCount(1));
		long conversation = this.fixtures.conversationId(subject);
		this.mvc.perform(get("/staff/patients/{p}", this.patient).with(CLINICIAN))
			.andExpect(content().string(containsString(subject)))
			.andExpect(content().string(containsString("Waiting for the patient")));
		this.mvc.perform(get("/portal/patients/{p}/messages/{c}", this.patient, conversation).cookie(self.session()))
			.andExpect(content().string(containsString("See you on Thursday.")))
			.andExpect(content().string(containsString("Dr. Casey Lin")));
		assertThat(this.fixtures.emailsTo(self.username(), 1)).hasSize(1);
	}

	@Test
	void withoutAnAccountThatMayReadItTheClinicIsWarned() throws Exception {
		this.mvc.perform(get("/staff/patients/{p}/messages/new", this.patient).with(FRONT_DESK))
			.andExpect(content().string(containsString("nobody can read the message")));
		this.mvc.perform(multipart("/staff/patients/{p}/messages/new", this.patient).with(FRONT_DESK).with(csrf())
			.param("pool", String.valueOf(this.fixtures.poolId("Billing")))
			.param("subject", unique("Statement"))
			.param("body", "Your statement is ready."))
			.andExpect(flash().attribute("error", containsString("Nobody can read this message yet")));
	}

	@Test
	void aPoolTheUserDoesNotBelongToIsRefusedWithAMessage() throws Exception {
		this.mvc.perform(multipart("/staff/patients/{p}/messages/new", this.patient).with(CLINICIAN).with(csrf())
			.param("pool", String.valueOf(this.fixtures.poolId("Billing")))
			.param("subject", "Subject")
			.param("body", "Body"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose one of the listed recipients.")));
	}

	@Test
	void theDashboardListsOnlyConversationsOfTheUsersPools() throws Exception {
		String subject = unique("Billing question");
		this.mvc.perform(multipart("/staff/patients/{p}/messages/new", this.patient).with(FRONT_DESK).with(csrf())
			.param("pool", String.valueOf(this.fixtures.poolId("Billing")))
			.param("subject", subject)
			.param("body", "Body"));
		this.mvc.perform(get("/staff/patients/{p}", this.patient).with(FRONT_DESK))
			.andExpect(content().string(containsString(subject)));
		this.mvc.perform(get("/staff/patients/{p}", this.patient).with(CLINICIAN))
			.andExpect(content().string(not(containsString(subject))));
	}

	@Test
	void aStaffUserOfNoPoolIsToldSoAndCannotWrite() throws Exception {
		var stranger = user("clinician-without-pools").roles("CLINICIAN");
		this.fixtures.jdbc.sql("INSERT INTO staff_user (id, username, full_name, password_hash, enabled,"
				+ " must_change_password, created_at, version) SELECT 990001, 'clinician-without-pools', 'No Pools',"
				+ " 'x', TRUE, FALSE, CURRENT_TIMESTAMP, 0 WHERE NOT EXISTS (SELECT 1 FROM staff_user WHERE id = 990001)")
			.update();
		this.mvc.perform(get("/staff/messages").with(stranger))
			.andExpect(content().string(containsString("You belong to no message pool yet")));
		this.mvc.perform(get("/staff/patients/{p}/messages/new", this.patient).with(stranger))
			.andExpect(content().string(containsString("You belong to no message pool")));
	}

}
