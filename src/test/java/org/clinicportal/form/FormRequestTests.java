package org.clinicportal.form;

import java.time.LocalDate;
import java.util.UUID;

import org.clinicportal.account.AccessType;
import org.clinicportal.portal.ProfileSection;
import org.clinicportal.account.PortalTestAccounts;
import org.clinicportal.support.AuditRecords;
import org.clinicportal.support.OutboxMail;
import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ClinicPortalTest
class FormRequestTests {

	static final RequestPostProcessor CLINICIAN = user("clinician").roles("CLINICIAN");

	private static final String PASSWORD = "granite willow comet parade";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApplicationContext context;

	private PortalTestAccounts accounts;

	private long patient;

	@BeforeEach
	void setUp() {
		this.accounts = new PortalTestAccounts(this.context);
		this.patient = this.accounts.patient("Denise", "Johnson");
	}

	@Test
	void formsPageOffersEveryCatalogueFormByName() throws Exception {
		this.mvc.perform(get("/staff/patients/{id}/forms", this.patient).with(CLINICIAN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Request Forms")))
			.andExpect(content().string(containsString("value=\"phq-9\"")))
			.andExpect(content().string(containsString(">PHQ-9</span>")))
			.andExpect(content().string(containsString(">GAD-7</span>")))
			.andExpect(content().string(containsString(">Telehealth Consent</span>")));
	}

	@Test
	void setupFormAndDashboardLeadToRequestForms() throws Exception {
		String link = "href=\"/staff/patients/" + this.patient + "/forms\"";
		this.mvc.perform(get("/staff/patients/{id}/portal-account", this.patient).with(CLINICIAN))
			.andExpect(content().string(containsString(link)));
		this.mvc.perform(get("/staff/patients/{id}", this.patient).with(CLINICIAN))
			.andExpect(content().string(containsString(link)));
	}

	@Test
	void requestTellsEveryAccountWithTheFormsPermissionWithoutNamingTheForm() throws Exception {
		String withForms = unique("forms");
		String withoutForms = unique("profile");
		this.accounts.create(withForms, PASSWORD, false, this.patient, AccessType.AUTHORIZED_REP, FormsSection.KEY);
		this.accounts.create(withoutForms, PASSWORD, false, this.patient, AccessType.AUTHORIZED_REP,
				ProfileSection.KEY);
		this.mvc
			.perform(post("/staff/patients/{id}/forms", this.patient).with(CLINICIAN)
				.with(csrf())
				.param("forms", "phq-9", "gad-7")
				.param("dueOn", LocalDate.now().plusDays(7).toString())
				.param("note", "Before Tuesday's visit"))
			.andExpect(redirectedUrl("/staff/patients/" + this.patient + "/forms"))
			.andExpect(flash().attribute("message", containsString("Requested: PHQ-9, GAD-7.")));
		String email = OutboxMail.await(this.jdbc, withForms, 1).get(0).subjectAndText();
		assertThat(email).contains("You have forms to complete", "/portal/patients/" + this.patient + "/forms")
			.doesNotContain("PHQ", "GAD", "Tuesday");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM outbox_email WHERE recipient = ?")
			.param(withoutForms)
			.query(Long.class)
			.single()).isZero();
		assertThat(new AuditRecords(this.jdbc).latest(2)).anyMatch((r) -> r.startsWith("FORM_REQUESTED clinician "
				+ this.patient + " PHQ-9 due"));
		this.mvc.perform(get("/staff/patients/{id}/forms", this.patient).with(CLINICIAN))
			.andExpect(content().string(containsString("Before Tuesday&#39;s visit")))
			.andExpect(content().string(containsString("Requested</span>")));
	}

	@Test
	void requestWithoutAFormOrWithAPastDueDateIsRefusedWithMessages() throws Exception {
		this.mvc
			.perform(post("/staff/patients/{id}/forms", this.patient).with(CLINICIAN)
				.with(csrf())
				.param("dueOn", LocalDate.now().minusDays(2).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose at least one form.")))
			.andExpect(content().string(containsString("The due date cannot be in the past.")));
		this.mvc
			.perform(post("/staff/patients/{id}/forms", this.patient).with(CLINICIAN)
				.with(csrf())
				.param("forms", "phq-9")
				.param("dueOn", "next week"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please enter a date such as 6/21/2013 or 2013-06-21.")));
		this.mvc
			.perform(post("/staff/patients/{id}/forms", this.patient).with(CLINICIAN)
				.with(csrf())
				.param("forms", "no-such-form"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A chosen form is not in the catalogue.")));
	}

	@Test
	void cancelledRequestShowsAsCancelledAndCannotBeCancelledTwice() throws Exception {
		long grace = this.accounts.patient("Grace", "Kim");
		this.mvc.perform(post("/staff/patients/{id}/forms", grace).with(CLINICIAN).with(csrf()).param("forms",
				"adult-intake"));
		long request = this.jdbc.sql("SELECT MAX(id) FROM form_request WHERE patient_id = ?")
			.param(grace)
			.query(Long.class)
			.single();
		this.mvc.perform(post("/staff/patients/{id}/forms/{r}/cancel", grace, request).with(CLINICIAN).with(csrf()))
			.andExpect(flash().attribute("messageCode", "forms.cancelled"));
		this.mvc.perform(post("/staff/patients/{id}/forms/{r}/cancel", grace, request).with(CLINICIAN).with(csrf()))
			.andExpect(flash().attribute("messageCode", "forms.notCancelled"));
		this.mvc.perform(get("/staff/patients/{id}/forms", grace).with(CLINICIAN))
			.andExpect(content().string(containsString("Cancelled</span>")))
			.andExpect(content().string(not(containsString("Cancel request</button>"))));
		assertThat(new AuditRecords(this.jdbc).latest(3))
			.anyMatch((r) -> r.equals("FORM_REQUEST_CANCELLED clinician " + grace + " Adult Intake"));
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

}
