package org.clinicportal.portal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;

import org.clinicportal.account.AccessType;
import org.clinicportal.form.FormsSection;
import org.clinicportal.account.PortalTestAccounts;
import org.clinicportal.form.FormRequests;
import org.clinicportal.support.AuditRecords;
import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ClinicPortalTest
class PortalFormsTests {

	private static final String PASSWORD = "granite willow comet parade";

	private static final String[] FREQUENCY = { "LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9" };

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private FormRequests requests;

	private PortalTestAccounts accounts;

	private long patient;

	@BeforeEach
	void setUp() {
		this.accounts = new PortalTestAccounts(this.context);
		this.patient = this.accounts.patient("Fatima", "Zahra");
	}

	@Test
	void patientSavesADraftComesBackReviewsAndSubmitsThePhq9() throws Exception {
		Cookie session = signIn(AccessType.SELF, this.patient, FormsSection.KEY);
		long request = request(this.patient, "phq-9", LocalDate.now().plusDays(3));
		String form = "/portal/patients/" + this.patient + "/forms/" + request;
		this.mvc.perform(get("/portal/patients/{p}/forms", this.patient).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + form + "\">PHQ-9</a>")))
			.andExpect(content().string(containsString("Due " + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
				.withLocale(Locale.ENGLISH)
				.format(LocalDate.now().plusDays(3)))));
		this.mvc.perform(get(form).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<fieldset class=\"question\" id=\"q-phq9-1\"")))
			.andExpect(content().string(containsString("<legend id=\"q-phq9-1-legend\"><span>Little interest or pleasure in doing things</span>")));

		this.mvc.perform(answer(post(form), 1, 1).param("action", "draft").cookie(session))
			.andExpect(redirectedUrl(form))
			.andExpect(flash().attribute("messageCode", "forms.portal.draftSaved"));
		this.mvc.perform(get(form).cookie(session))
			.andExpect(content().string(containsString("name=\"a.phq9-1\" id=\"q-phq9-1-1\" value=\"LA6569-3\" checked")));

		this.mvc.perform(answer(post(form), 1, 1).param("action", "review").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Some answers need your attention.")))
			.andExpect(content().string(containsString("href=\"#q-phq9-2\">Feeling down, depressed, or hopeless: Please answer this question.")));

		this.mvc.perform(answer(post(form), 8, 2).param("a.phq9-9", FREQUENCY[1]).param("action", "review").cookie(session))
			.andExpect(redirectedUrl(form + "/review"));
		this.mvc.perform(get(form + "/review").cookie(session))
			.andExpect(content().string(containsString("Once you submit, they cannot be changed.")))
			.andExpect(content().string(containsString("More than half the days")));
		this.mvc.perform(post(form + "/submit").with(csrf()).cookie(session))
			.andExpect(redirectedUrl(form + "/copy"))
			.andExpect(flash().attribute("messageCode", "forms.portal.thanks"));
		this.mvc.perform(get(form + "/copy").cookie(session))
			.andExpect(content().string(containsString("Your submitted answers")))
			.andExpect(content().string(containsString("Several days")));

		var stored = this.jdbc.sql("SELECT total_score || ' ' || band || ' ' || flagged || ' ' || submitted_as"
				+ " || ' ' || questionnaire FROM form_response WHERE request_id = ?").param(request).query(String.class).single();
		assertThat(stored).isEqualTo("17 Moderately severe TRUE SELF https://clinicportal.org/fhir/Questionnaire/phq-9|1.0.0");
		assertThat(new AuditRecords(this.jdbc).latest(10)).anyMatch((r) -> r.startsWith("FORM_SUBMITTED portal:"))
			.anyMatch((r) -> r.startsWith("FORM_DRAFT_SAVED portal:"))
			.anyMatch((r) -> r.startsWith("FORM_VIEWED portal:"));
		this.mvc.perform(get("/portal/patients/{p}/forms", this.patient).cookie(session))
			.andExpect(content().string(containsString("href=\"" + form + "/copy\">PHQ-9</a>")));
	}

	@Test
	void representativeOfASpanishSpeakingPatientAnswersThePhq9InSpanishScoredAsInEnglish() throws Exception {
		long ana = this.accounts.patient("Ana", "Rivera"); // prefers Spanish on her chart
		Cookie session = signIn(AccessType.AUTHORIZED_REP, ana, FormsSection.KEY);
		long request = request(ana, "phq-9", null);
		String form = "/portal/patients/" + ana + "/forms/" + request;
		this.mvc.perform(get(form).cookie(session))
			.andExpect(content().string(containsString("<html lang=\"es\">")))
			.andExpect(content().string(containsString("Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias")))
			.andExpect(content().string(containsString("<span>Poco interés o placer en hacer cosas</span>")))
			.andExpect(content().string(containsString("<span>Más de la mitad de los días</span>")))
			.andExpect(content().string(not(containsString("Little interest"))));

		this.mvc.perform(answer(post(form), 8, 2).param("a.phq9-9", FREQUENCY[1]).param("action", "review").cookie(session))
			.andExpect(redirectedUrl(form + "/review"));
		this.mvc.perform(get(form + "/review").cookie(session))
			.andExpect(content().string(containsString("Más de la mitad de los días")));
		this.mvc.perform(post(form + "/submit").with(csrf()).cookie(session)).andExpect(redirectedUrl(form + "/copy"));

		var stored = this.jdbc.sql("SELECT total_score || ' ' || band || ' ' || flagged || ' ' || language"
				+ " FROM form_response WHERE request_id = ?").param(request).query(String.class).single();
		assertThat(stored).isEqualTo("17 Moderately severe TRUE es");
		long response = this.jdbc.sql("SELECT id FROM form_response WHERE request_id = ?").param(request)
			.query(Long.class)
			.single();
		var clinician = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user("clinician")
			.roles("CLINICIAN");
		this.mvc.perform(get("/staff/forms/responses/{id}", response).with(clinician).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Answered in")))
			.andExpect(content().string(containsString("<div class=\"answers\" lang=\"es\">")))
			.andExpect(content().string(containsString("Poco interés o placer en hacer cosas")));
		this.mvc.perform(get("/staff/forms/responses/{id}", response).param("in", "en").with(clinician))
			.andExpect(content().string(containsString("<div class=\"answers\" lang=\"en\">")))
			.andExpect(content().string(containsString("Little interest or pleasure in doing things")))
			.andExpect(content().string(containsString("More than half the days")));
		this.mvc.perform(get("/staff/forms/responses/{id}/fhir", response).with(clinician))
			.andExpect(content().string(containsString("\"language\" : \"es\"")));
	}

	@Test
	void submittedAnswersCannotChange() throws Exception {
		Cookie session = signIn(AccessType.AUTHORIZED_REP, this.patient, FormsSection.KEY);
		long request = request(this.patient, "gad-7", null);
		String form = "/portal/patients/" + this.patient + "/forms/" + request;
		this.mvc.perform(answer(post(form), "gad7", 7, 0).param("action", "review").cookie(session))
			.andExpect(redirectedUrl(form + "/review"));
		this.mvc.perform(post(form + "/submit").with(csrf()).cookie(session)).andExpect(redirectedUrl(form + "/copy"));
		this.mvc.perform(answer(post(form), "gad7", 7, 3).param("action", "draft").cookie(session))
			.andExpect(redirectedUrl(form + "/copy"));
		this.mvc.perform(post(form + "/submit").with(csrf()).cookie(session)).andExpect(redirectedUrl(form + "/copy"));
		this.mvc.perform(get(form).cookie(session)).andExpect(redirectedUrl(form + "/copy"));
		assertThat(this.jdbc.sql("SELECT total_score FROM form_response WHERE request_id = ?")
			.param(request)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void formCancelledWhileADraftIsOpenCannotBeSubmitted() throws Exception {
		long patient = this.accounts.patient("Adaeze", "Okafor");
		Cookie session = signIn(AccessType.AUTHORIZED_REP, patient, FormsSection.KEY);
		long request = request(patient, "gad-7", null);
		String form = "/portal/patients/" + patient + "/forms/" + request;
		this.mvc.perform(answer(post(form), "gad7", 7, 1).param("action", "review").cookie(session))
			.andExpect(redirectedUrl(form + "/review"));
		this.requests.cancel(patient, request);
		String list = "/portal/patients/" + patient + "/forms";
		this.mvc.perform(post(form + "/submit").with(csrf()).cookie(session))
			.andExpect(redirectedUrl(list))
			.andExpect(flash().attribute("messageCode", "forms.portal.closed"));
		this.mvc.perform(get(form).cookie(session)).andExpect(redirectedUrl(list));
		this.mvc.perform(get(list).cookie(session)).andExpect(content().string(not(containsString("GAD-7"))));
		assertThat(this.jdbc.sql("SELECT status FROM form_response WHERE request_id = ?")
			.param(request)
			.query(String.class)
			.single()).isEqualTo("DRAFT");
	}

	@Test
	void representativeSubmitsOnThePatientsBehalf() throws Exception {
		long child = this.accounts.patient("Beatriz", "Costa");
		Cookie session = signIn(AccessType.AUTHORIZED_REP, child, FormsSection.KEY);
		long request = request(child, "consent-to-treatment", null);
		String form = "/portal/patients/" + child + "/forms/" + request;
		this.mvc.perform(post(form).with(csrf())
			.param("a.consent-agree", "true")
			.param("a.consent-signature", "Tess Tester")
			.param("a.consent-signed-on", LocalDate.now().toString())
			.param("a.consent-relationship", "representative")
			.param("action", "review")
			.cookie(session)).andExpect(redirectedUrl(form + "/review"));
		this.mvc.perform(post(form + "/submit").with(csrf()).cookie(session)).andExpect(redirectedUrl(form + "/copy"));
		assertThat(this.jdbc.sql("SELECT submitted_by_name || ' ' || submitted_as FROM form_response WHERE request_id = ?")
			.param(request)
			.query(String.class)
			.single()).isEqualTo("Tess Tester AUTHORIZED_REP");
		assertThat(new AuditRecords(this.jdbc).latest(1).get(0)).endsWith("Consent to Treatment on behalf of the patient");
	}

	@Test
	void followUpQuestionIsAskedOnlyAfterTheAnswerThatCallsForItAndThenRequired() throws Exception {
		Cookie session = signIn(AccessType.AUTHORIZED_REP, this.patient, FormsSection.KEY);
		long request = request(this.patient, "adult-intake", null);
		String form = "/portal/patients/" + this.patient + "/forms/" + request;
		this.mvc.perform(get(form).cookie(session))
			.andExpect(content().string(not(containsString("List your medications"))));
		this.mvc.perform(intakeTakingMedications(post(form)).param("a.children", "two").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("How many children do you have?: Please enter a whole number.")));
		this.mvc.perform(intakeTakingMedications(post(form)).param("a.referred-by.other", "A coworker").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("List your medications with their doses.: Please answer this question.")));
		assertThat(this.jdbc.sql("SELECT answers FROM form_response WHERE request_id = ?").param(request).query(String.class).single())
			.contains("\"referred-by\":\"A coworker\"");
	}

	@Test
	void withoutTheFormsPermissionTheSectionAndEveryFormAreNotFound() throws Exception {
		long request = request(this.patient, "phq-9", null);
		Cookie session = signIn(AccessType.AUTHORIZED_REP, this.patient, ProfileSection.KEY);
		for (String path : List.of("", "/" + request, "/" + request + "/review", "/" + request + "/copy")) {
			this.mvc.perform(get("/portal/patients/{p}/forms" + path, this.patient).cookie(session))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(post("/portal/patients/{p}/forms/{r}/submit", this.patient, request).with(csrf()).cookie(session))
			.andExpect(status().isNotFound());
	}

	@Test
	void aRequestOfAnotherPatientIsNotFound() throws Exception {
		long other = this.accounts.patient("Mai", "Nguyen");
		long request = request(other, "phq-9", null);
		Cookie session = signIn(AccessType.AUTHORIZED_REP, this.patient, FormsSection.KEY);
		this.mvc.perform(get("/portal/patients/{p}/forms/{r}", this.patient, request).cookie(session))
			.andExpect(status().isNotFound());
	}

	@Test
	void aFormThatLeftTheCatalogueSaysItIsNoLongerAvailable() throws Exception {
		Cookie session = signIn(AccessType.AUTHORIZED_REP, this.patient, FormsSection.KEY);
		long request = request(this.patient, "gad-7", null);
		// As if the clinic had removed the form's file since the request was made.
		this.jdbc.sql("UPDATE form_request SET form_key = 'retired-form' WHERE id = ?").param(request).update();
		String form = "/portal/patients/" + this.patient + "/forms/" + request;
		this.mvc.perform(get("/portal/patients/{p}/forms", this.patient).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("GAD-7")));
		this.mvc.perform(get(form).cookie(session))
			.andExpect(status().isGone());
	}

	private Cookie signIn(AccessType type, long patientId, String... permissions) throws Exception {
		String username = PortalMvc.username();
		this.accounts.create(username, PASSWORD, false, patientId, type, permissions);
		return PortalMvc.signIn(this.mvc, username, PASSWORD);
	}

	private long request(long patientId, String form, LocalDate dueOn) {
		return this.requests.request(patientId, List.of(form), dueOn, null).requestIds().get(0);
	}

	// The adult intake's required answers, saying yes to medications but leaving the list out.
	private static MockHttpServletRequestBuilder intakeTakingMedications(MockHttpServletRequestBuilder post) {
		return post.with(csrf())
			.param("a.reason", "Trouble sleeping")
			.param("a.previous-treatment", "false")
			.param("a.medications", "true")
			.param("a.alcohol", "never")
			.param("a.emergency-contact", "Sam, (555) 010-0199")
			.param("action", "review");
	}

	private static MockHttpServletRequestBuilder answer(MockHttpServletRequestBuilder post, int items, int score) {
		return answer(post, "phq9", items, score);
	}

	// Answers the first items of a measure, each with the same score.
	private static MockHttpServletRequestBuilder answer(MockHttpServletRequestBuilder post, String prefix, int items,
			int score) {
		post.with(csrf());
		for (int i = 1; i <= items; i++) {
			post.param("a." + prefix + "-" + i, FREQUENCY[score]);
		}
		return post;
	}

}
