package org.clinicportal.system;

import jakarta.servlet.http.Cookie;

import org.clinicportal.account.AccessType;
import org.clinicportal.account.PortalTestAccounts;
import org.clinicportal.portal.PortalMvc;
import org.clinicportal.support.ClinicPortalTest;
import org.clinicportal.support.FormTokenStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ClinicPortalTest
class LanguageChoiceTests {

	private static final String PASSWORD = "quiet harbor lantern meadow";

	private static final String SPANISH_PAGE = "<html lang=\"es\">";

	private static final String ENGLISH_PAGE = "<html lang=\"en\">";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private WebApplicationContext context;

	private PortalTestAccounts accounts;

	@BeforeEach
	void setUp() {
		this.accounts = new PortalTestAccounts(this.context);
		FormTokenStores.restore(this.context, "/portal/login", "PORTAL-FORM-TOKEN");
	}

	@AfterEach
	void forgetStaffChoice() {
		this.jdbc.sql("UPDATE staff_user SET language = NULL WHERE username = 'clinician2'").update();
	}

	@Test
	void signInPagesFollowTheBrowsersLanguageBeforeAnyChoice() throws Exception {
		this.mvc.perform(get("/portal/login").header("Accept-Language", "es-MX,es;q=0.9,en;q=0.5"))
			.andExpect(content().string(containsString(SPANISH_PAGE)));
		this.mvc.perform(get("/staff/login").header("Accept-Language", "fr-FR,es;q=0.8"))
			.andExpect(content().string(containsString(SPANISH_PAGE)));
		this.mvc.perform(get("/portal/login").header("Accept-Language", "fr-FR"))
			.andExpect(content().string(containsString(ENGLISH_PAGE)));
	}

	@Test
	void signInPagesOfferEnglishAndSpanishLinks() throws Exception {
		for (String page : new String[] { "/portal/login", "/staff/login" }) {
			this.mvc.perform(get(page))
				.andExpect(content().string(containsString("href=\"" + page + "?lang=es\" lang=\"es\" hreflang=\"es\">Español</a>")))
				.andExpect(content().string(containsString("href=\"" + page + "?lang=en\" lang=\"en\" hreflang=\"en\"")));
		}
	}

	@Test
	void chosenLanguageIsRememberedInACookieOverTheBrowsers() throws Exception {
		MvcResult chosen = this.mvc.perform(get("/portal/login").param("lang", "es").header("Accept-Language", "en"))
			.andExpect(content().string(containsString(SPANISH_PAGE)))
			.andExpect(cookie().value(LanguageResolver.COOKIE, "es"))
			.andExpect(cookie().httpOnly(LanguageResolver.COOKIE, true))
			.andReturn();
		Cookie remembered = chosen.getResponse().getCookie(LanguageResolver.COOKIE);
		this.mvc.perform(get("/portal/forgot-password").cookie(remembered).header("Accept-Language", "en"))
			.andExpect(content().string(containsString(SPANISH_PAGE)));
	}

	@Test
	void unknownLanguageInTheLinkChangesNothing() throws Exception {
		this.mvc.perform(get("/portal/login").param("lang", "xx-<b>").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(cookie().doesNotExist(LanguageResolver.COOKIE))
			.andExpect(content().string(containsString(ENGLISH_PAGE)));
	}

	@Test
	void portalAccountFollowsItsPatientsPreferredLanguageOnTheChart() throws Exception {
		long ana = this.accounts.patient("Ana", "Rivera");
		String username = PortalMvc.username();
		this.accounts.create(username, PASSWORD, false, ana, AccessType.AUTHORIZED_REP, "FORMS");
		Cookie session = PortalMvc.signIn(this.mvc, username, PASSWORD);
		this.mvc.perform(get("/portal/patients/{id}", ana).cookie(session).header("Accept-Language", "en-US"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(SPANISH_PAGE)));
	}

	@Test
	void choiceWhileSignedInIsKeptOnTheAccountForTheNextSignIn() throws Exception {
		long ana = this.accounts.patient("Ana", "Rivera");
		String username = PortalMvc.username();
		long account = this.accounts.create(username, PASSWORD, false, ana, AccessType.AUTHORIZED_REP, "FORMS");
		Cookie session = PortalMvc.signIn(this.mvc, username, PASSWORD);
		this.mvc.perform(get("/portal/patients/{id}", ana).param("lang", "en").cookie(session))
			.andExpect(content().string(containsString(ENGLISH_PAGE)));
		assertThat(this.jdbc.sql("SELECT language FROM portal_account WHERE id = ?").param(account)
			.query(String.class).single()).isEqualTo("en");

		Cookie another = PortalMvc.signIn(this.mvc, username, PASSWORD); // another browser: no cookie
		this.mvc.perform(get("/portal/patients/{id}", ana).cookie(another).header("Accept-Language", "es"))
			.andExpect(content().string(containsString(ENGLISH_PAGE)));
	}

	@Test
	void staffChooseTheirLanguageOnTheirAccount() throws Exception {
		this.mvc.perform(get("/staff/account/language").with(user("clinician2").roles("CLINICIAN")))
			.andExpect(content().string(containsString("value=\"es\"")));
		this.mvc.perform(post("/staff/account/language").with(user("clinician2").roles("CLINICIAN"))
			.with(csrf())
			.param("language", "es")).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("SELECT language FROM staff_user WHERE username = 'clinician2'")
			.query(String.class).single()).isEqualTo("es");
		this.mvc.perform(get("/staff/patients").with(user("clinician2").roles("CLINICIAN"))
			.header("Accept-Language", "en"))
			.andExpect(content().string(containsString(SPANISH_PAGE)));
		this.mvc.perform(get("/staff/patients").with(user("clinician").roles("CLINICIAN"))
			.header("Accept-Language", "en"))
			.andExpect(content().string(containsString(ENGLISH_PAGE)));
	}

}
