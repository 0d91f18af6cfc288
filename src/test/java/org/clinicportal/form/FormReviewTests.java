package org.clinicportal.form;

import java.time.LocalDate;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.clinicportal.account.PortalTestAccounts;
import org.clinicportal.support.AuditRecords;
import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicportal.form.FormRequestTests.CLINICIAN;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ClinicPortalTest
class FormReviewTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private FormRequests requests;

	@Autowired
	private FormResponses responses;

	private long patient;

	@BeforeEach
	void setUp() {
		this.patient = new PortalTestAccounts(this.context).patient("Alex", "Morgan");
	}

	@Test
	void submissionShowsTotalBandAndTheItemNineFlagProminently() throws Exception {
		long response = submitPhq9(this.patient, 1, 1);
		this.mvc.perform(get("/staff/forms/responses/{id}", response).with(CLINICIAN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<dd><strong>9</strong></dd>")))
			.andExpect(content().string(containsString("<dd>Mild</dd>")))
			.andExpect(content().string(containsString(
					"<div class=\"flag-banner\" role=\"alert\">\n      <span>Needs attention: Thoughts of death or self-harm (item 9)</span>")))
			.andExpect(content().string(containsString("Submitted by Tess Tester")))
			.andExpect(content().string(containsString("Mark reviewed")));
		assertThat(new AuditRecords(this.jdbc).latest(1).get(0))
			.startsWith("FORM_VIEWED clinician " + this.patient + " PHQ-9 submitted");
	}

	@Test
	void clinicianMarksReviewedOnceAndFrontDeskCannot() throws Exception {
		long response = submitPhq9(this.patient, 0, 0);
		this.mvc.perform(post("/staff/forms/responses/{id}/review", response).with(user("frontdesk").roles("FRONT_DESK"))
			.with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post("/staff/forms/responses/{id}/review", response).with(CLINICIAN).with(csrf()))
			.andExpect(flash().attribute("messageCode", "forms.submission.markedReviewed"));
		this.mvc.perform(post("/staff/forms/responses/{id}/review", response).with(CLINICIAN).with(csrf()))
			.andExpect(flash().attribute("messageCode", "forms.submission.alreadyReviewed"));
		this.mvc.perform(get("/staff/forms/responses/{id}", response).with(CLINICIAN))
			.andExpect(content().string(containsString("Reviewed by clinician")))
			.andExpect(content().string(not(containsString("Mark reviewed</button>"))));
		assertThat(new AuditRecords(this.jdbc).latest(3)).anyMatch((r) -> r.equals("FORM_REVIEWED clinician " + this.patient + " PHQ-9"));
	}

	@Test
	void inboxListsUnreviewedSubmissionsFlaggedFirst() throws Exception {
		long calm = submitPhq9(this.patient, 0, 0);
		long flagged = submitPhq9(this.patient, 0, 2);
		String inbox = this.mvc.perform(get("/staff/forms/inbox").with(CLINICIAN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int flaggedAt = inbox.indexOf("/staff/forms/responses/" + flagged + "\"");
		int calmAt = inbox.indexOf("/staff/forms/responses/" + calm + "\"");
		assertThat(flaggedAt).isPositive().isLessThan(calmAt);
		this.responses.markReviewed(calm, "clinician");
		this.mvc.perform(get("/staff/forms/inbox").with(CLINICIAN))
			.andExpect(content().string(not(containsString("/staff/forms/responses/" + calm + "\""))));
	}

	@Test
	void downloadIsAFhirQuestionnaireResponseReferencingTheQuestionnaireVersion() throws Exception {
		long response = submitPhq9(this.patient, 3, 0);
		String body = this.mvc.perform(get("/staff/forms/responses/{id}/fhir", response).with(CLINICIAN))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("application/fhir+json")))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode json = JsonMapper.builder().build().readTree(body);
		assertThat(json.path("resourceType").asString()).isEqualTo("QuestionnaireResponse");
		assertThat(json.path("questionnaire").asString())
			.isEqualTo("https://clinicportal.org/fhir/Questionnaire/phq-9|1.0.0");
		assertThat(json.path("status").asString()).isEqualTo("completed");
		JsonNode first = json.path("item").path(0);
		assertThat(first.path("linkId").asString()).isEqualTo("phq9-1");
		assertThat(first.path("answer").path(0).path("valueCoding").path("code").asString()).isEqualTo("LA6571-9");
		assertThat(first.path("answer").path(0).path("valueCoding").path("system").asString()).isEqualTo("http://loinc.org");
		JsonNode total = json.path("item").path(json.path("item").size() - 1);
		assertThat(total.path("linkId").asString()).isEqualTo("phq9-total");
		assertThat(total.path("answer").path(0).path("valueInteger").asInt()).isEqualTo(24);
		assertThat(new AuditRecords(this.jdbc).latest(1).get(0)).isEqualTo("FORM_DOWNLOADED clinician " + this.patient + " PHQ-9");
	}

	@Test
	void patientsFormsPageShowsEveryStateScoresAndAChart() throws Exception {
		long patient = new PortalTestAccounts(this.context).patient("Jean", "Baptiste");
		submitPhq9(patient, 1, 0);
		submitPhq9(patient, 2, 1);
		this.requests.request(patient, List.of("gad-7"), LocalDate.now().minusDays(1), null);
		this.mvc.perform(get("/staff/patients/{id}/forms", patient).with(CLINICIAN))
			.andExpect(content().string(containsString("Completed</span>")))
			.andExpect(content().string(containsString("Overdue</span>")))
			.andExpect(content().string(containsString("<strong>8</strong> · <span>Mild</span>")))
			.andExpect(content().string(containsString("<strong>17</strong> · <span>Moderately severe</span>")))
			.andExpect(content().string(containsString("PHQ-9: total scores of the completed forms, oldest first")))
			.andExpect(content().string(containsString("<polyline class=\"series\" points=\"")));
	}

	@Test
	void unknownOrUnsubmittedResponseIsNotFound() throws Exception {
		this.mvc.perform(get("/staff/forms/responses/{id}", 987654).with(CLINICIAN)).andExpect(status().isNotFound());
		this.mvc.perform(post("/staff/forms/responses/{id}/review", 987654).with(CLINICIAN).with(csrf()))
			.andExpect(status().isNotFound());
	}

	private long submitPhq9(long patientId, int each, int item9) {
		return new SubmittedForms(this.context).phq9(patientId, each, item9);
	}

}
