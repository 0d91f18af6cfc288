package org.clinicportal.notification;

import java.time.LocalDate;
import java.util.UUID;

import org.clinicportal.account.AccessType;
import org.clinicportal.account.PortalTestAccounts;
import org.clinicportal.account.RepresentativeTermsParams;
import org.clinicportal.support.ClinicPortalTest;
import org.clinicportal.support.OutboxMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Emails go out in their reader's language, whoever causes them and in whatever language they work. */
@ClinicPortalTest
class EmailLanguageTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private WebApplicationContext context;

	private PortalTestAccounts accounts;

	private long ana;

	@BeforeEach
	void setUp() {
		this.accounts = new PortalTestAccounts(this.context);
		this.ana = this.accounts.patient("Ana", "Rivera"); // prefers Spanish on her chart
	}

	@Test
	void newAccountForASpanishSpeakingPatientGetsItsSetPasswordEmailInSpanish() throws Exception {
		String username = address("ana");
		this.mvc.perform(post("/staff/patients/{id}/portal-account", this.ana).with(user("frontdesk").roles("FRONT_DESK"))
			.with(csrf())
			.header("Accept-Language", "en-US") // the staff member works in English
			.param("save", "")
			.param("username", username)
			.param("firstName", "Ana")
			.param("lastName", "Rivera")
			.param("accessType", "AUTHORIZED_REP")
			.param("defaultsFor", "AUTHORIZED_REP")
			.params(RepresentativeTermsParams.consent())).andExpect(status().isFound());

		OutboxMail.Email email = OutboxMail.await(this.jdbc, username, 1).get(0);
		assertThat(email.locale()).isEqualTo("es");
		assertThat(email.subject()).isEqualTo("Su cuenta del portal del paciente de Riverside Behavioral Health");
		assertThat(email.text()).contains("Hola, Ana:", "creó una cuenta del portal del paciente para usted",
				"Elegir su contraseña: http://localhost:8080/portal/set-password?token=",
				"Este mensaje se envió automáticamente");
		assertThat(email.html()).contains("<html lang=\"es\">", "Elegir su contraseña");
	}

	@Test
	void representativeOfASpanishSpeakingPatientIsToldOfFormsInSpanish() throws Exception {
		String rep = address("rep");
		this.accounts.create(rep, "granite willow comet parade", false, this.ana, AccessType.AUTHORIZED_REP, "FORMS");
		this.mvc.perform(post("/staff/patients/{id}/forms", this.ana).with(user("clinician").roles("CLINICIAN"))
			.with(csrf())
			.param("forms", "phq-9")
			.param("dueOn", LocalDate.now().plusDays(7).toString())).andExpect(status().isFound());

		OutboxMail.Email email = OutboxMail.await(this.jdbc, rep, 1).get(0);
		assertThat(email.subject()).isEqualTo("Tiene formularios que completar");
		assertThat(email.text()).contains("Riverside Behavioral Health le pidió completar formularios")
			.doesNotContain("PHQ");
	}

	@Test
	void languageChosenOnTheAccountOutweighsThePatientsAndForgotPasswordFollowsIt() throws Exception {
		String username = address("chose");
		long account = this.accounts.create(username, "granite willow comet parade", false, this.ana, AccessType.AUTHORIZED_REP,
				"FORMS");
		this.jdbc.sql("UPDATE portal_account SET language = 'en' WHERE id = ?").param(account).update();
		this.mvc.perform(post("/portal/forgot-password").with(csrf()).header("Accept-Language", "es")
			.param("username", username));

		OutboxMail.Email email = OutboxMail.await(this.jdbc, username, 1).get(0);
		assertThat(email.locale()).isEqualTo("en");
		assertThat(email.subject()).isEqualTo("Reset your Riverside Behavioral Health portal password");
	}

	@Test
	void accountOfAnEnglishSpeakingPatientGetsEnglish() throws Exception {
		String username = address("rosa");
		long rosa = this.accounts.patient("Rachel", "Thompson");
		this.accounts.create(username, "granite willow comet parade", false, rosa, AccessType.AUTHORIZED_REP, "FORMS");
		this.mvc.perform(post("/portal/forgot-password").with(csrf()).header("Accept-Language", "es")
			.param("username", username));

		assertThat(OutboxMail.await(this.jdbc, username, 1).get(0).subject())
			.isEqualTo("Reset your Riverside Behavioral Health portal password");
	}

	private static String address(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

}
