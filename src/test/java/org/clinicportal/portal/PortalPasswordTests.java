package org.clinicportal.portal;

import java.time.Instant;

import jakarta.servlet.http.Cookie;

import org.clinicportal.account.AccessType;
import org.clinicportal.account.PortalTestAccounts;
import org.clinicportal.credential.PasswordTokens;
import org.clinicportal.credential.TokenPurpose;
import org.clinicportal.support.AuditRecords;
import org.clinicportal.support.OutboxMail;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ClinicPortalTest
class PortalPasswordTests {

	private static final String TEMPORARY = "ABCDEFGHJKMNPQRS";

	private static final String CHOSEN = "quartz meadow piano glacier";

	private static final String NEXT = "copper meadow violin sunrise";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PasswordTokens tokens;

	@Autowired
	private ApplicationContext context;

	private PortalTestAccounts accounts;

	private long patient;

	@BeforeEach
	void setUp() {
		this.accounts = new PortalTestAccounts(this.context);
		this.patient = this.accounts.patient("Piotr", "Kowalski");
	}

	@Test
	void forcedChangeGateCannotBeSkippedByTypingAnotherPortalAddress() throws Exception {
		String username = PortalMvc.username();
		this.accounts.create(username, TEMPORARY, true, this.patient, AccessType.AUTHORIZED_REP, ProfileSection.KEY);
		Cookie session = PortalMvc.signIn(this.mvc, username, TEMPORARY);
		for (String address : new String[] { "/portal", "/portal/patients/" + this.patient,
				"/portal/patients/" + this.patient + "/profile", "/portal/switch?patientId=" + this.patient }) {
			this.mvc.perform(get(address).cookie(session)).andExpect(redirectedUrl("/portal/password"));
		}
		this.mvc.perform(get("/portal/password").cookie(session))
			.andExpect(content().string(containsString("<label for=\"newPassword\">New password</label>")))
			.andExpect(content().string(containsString("<label for=\"confirmPassword\">Confirm new password</label>")))
			.andExpect(content().string(containsString(">Change password</button>")))
			.andExpect(content().string(not(containsString("Current password"))));
		this.mvc.perform(post("/portal/password").cookie(session).with(csrf())
			.param("newPassword", "short")
			.param("confirmPassword", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Use at least 15 characters.")));
		this.mvc.perform(post("/portal/password").cookie(session).with(csrf())
			.param("newPassword", "passwordpassword")
			.param("confirmPassword", "passwordpassword"))
			.andExpect(content().string(containsString("such as &quot;lamp orbit velvet harbor&quot; (but not that one).")));
		this.mvc.perform(post("/portal/password").cookie(session).with(csrf())
			.param("newPassword", "lamp orbit velvet harbor")
			.param("confirmPassword", "lamp orbit velvet harbor"))
			.andExpect(content().string(containsString("This password is too common or easy to guess.")));
		var changed = this.mvc.perform(post("/portal/password").cookie(session).with(csrf())
			.param("newPassword", CHOSEN)
			.param("confirmPassword", CHOSEN)).andExpect(redirectedUrl("/portal")).andReturn();
		this.mvc.perform(get("/portal/patients/" + this.patient + "/profile").cookie(PortalMvc.session(changed, session)))
			.andExpect(status().isOk());
		assertThat(PortalMvc.signIn(this.mvc, username, TEMPORARY)).as("temporary password").isNull();
		assertThat(PortalMvc.signIn(this.mvc, username, CHOSEN)).isNotNull();
	}

	@Test
	void aNewPasswordMustDifferFromTheCurrentOneWhichMustBeTyped() throws Exception {
		String username = PortalMvc.username();
		this.accounts.create(username, CHOSEN, true, this.patient, AccessType.AUTHORIZED_REP);
		Cookie session = PortalMvc.signIn(this.mvc, username, CHOSEN);
		this.mvc.perform(post("/portal/password").cookie(session).with(csrf())
			.param("newPassword", CHOSEN)
			.param("confirmPassword", CHOSEN))
			.andExpect(content().string(containsString("This is the password you have now. Choose a new one.")));
		var changed = this.mvc.perform(post("/portal/password").cookie(session).with(csrf())
			.param("newPassword", NEXT)
			.param("confirmPassword", NEXT)).andExpect(redirectedUrl("/portal")).andReturn();
		this.mvc.perform(post("/portal/password").cookie(PortalMvc.session(changed, session)).with(csrf())
			.param("currentPassword", "")
			.param("newPassword", CHOSEN)
			.param("confirmPassword", CHOSEN))
			.andExpect(content().string(containsString("Please type your current password.")))
			.andExpect(content().string(not(containsString("That is not your current password."))));
	}

	@Test
	void wrongCurrentPasswordsCountAsFailedSignInsSoAnOpenSessionCannotGuessIt() throws Exception {
		String username = PortalMvc.username();
		long account = this.accounts.create(username, CHOSEN, false, this.patient, AccessType.AUTHORIZED_REP);
		Cookie session = PortalMvc.signIn(this.mvc, username, CHOSEN);
		for (String current : new String[] { "guess one", "guess two", "guess three", "guess four", "guess five",
				CHOSEN }) {
			this.mvc.perform(post("/portal/password").cookie(session).with(csrf())
				.param("currentPassword", current)
				.param("newPassword", NEXT)
				.param("confirmPassword", NEXT))
				.andExpect(content().string(containsString("That is not your current password.")));
		}
		assertThat(this.accounts.lockedUntil(account)).as("locked by the fifth guess").isAfter(Instant.now());
		assertThat(new AuditRecords(this.jdbc).latest(4)).anyMatch((r) -> r.startsWith("PORTAL_ACCOUNT_LOCKED"))
			.anyMatch((r) -> r.contains("reason: wrong current password"))
			.anyMatch((r) -> r.contains("reason: locked"));
		assertThat(PortalMvc.signIn(this.mvc, username, CHOSEN)).as("the lock holds for sign-ins too").isNull();
	}

	@Test
	void changingThePasswordNeedsTheCurrentOneAndEndsOtherSessions() throws Exception {
		String username = PortalMvc.username();
		long account = this.accounts.create(username, CHOSEN, false, this.patient, AccessType.AUTHORIZED_REP);
		Cookie here = PortalMvc.signIn(this.mvc, username, CHOSEN);
		Cookie elsewhere = PortalMvc.signIn(this.mvc, username, CHOSEN);
		String link = this.tokens.generate(account, TokenPurpose.RESET_PASSWORD);
		this.mvc.perform(post("/portal/password").cookie(here).with(csrf())
			.param("currentPassword", "not it at all")
			.param("newPassword", NEXT)
			.param("confirmPassword", NEXT)).andExpect(content().string(containsString("That is not your current password.")));
		var changed = this.mvc.perform(post("/portal/password").cookie(here).with(csrf())
			.param("currentPassword", CHOSEN)
			.param("newPassword", NEXT)
			.param("confirmPassword", NEXT)).andExpect(redirectedUrl("/portal")).andReturn();
		this.mvc.perform(get("/portal/patients/" + this.patient).cookie(PortalMvc.session(changed, here))).andExpect(status().isOk());
		this.mvc.perform(get("/portal/patients/" + this.patient).cookie(elsewhere))
			.andExpect(redirectedUrl("/portal/login"));
		this.mvc.perform(get("/portal/set-password").param("token", link))
			.andExpect(content().string(containsString("This link no longer works")));
	}

	@Test
	void emailedLinkSetsThePasswordOnceWithoutReferrer() throws Exception {
		String username = PortalMvc.username();
		long account = this.accounts.create(username, TEMPORARY, true, this.patient, AccessType.AUTHORIZED_REP);
		String token = this.tokens.generate(account, TokenPurpose.SET_PASSWORD);
		this.mvc.perform(get("/portal/set-password").param("token", token))
			.andExpect(status().isOk())
			.andExpect(header().string("Referrer-Policy", "no-referrer"))
			.andExpect(content().string(containsString(">Set password</button>")));
		this.mvc.perform(post("/portal/set-password").with(csrf())
			.param("token", token)
			.param("newPassword", username)
			.param("confirmPassword", username))
			.andExpect(content().string(containsString("Do not use your username in your password.")));
		this.mvc.perform(post("/portal/set-password").with(csrf())
			.param("token", token)
			.param("newPassword", CHOSEN)
			.param("confirmPassword", CHOSEN)).andExpect(redirectedUrl("/portal/login?passwordSet"));
		assertThat(PortalMvc.signIn(this.mvc, username, CHOSEN)).isNotNull();
		this.mvc.perform(post("/portal/set-password").with(csrf())
			.param("token", token)
			.param("newPassword", NEXT)
			.param("confirmPassword", NEXT))
			.andExpect(header().string("Referrer-Policy", "no-referrer"))
			.andExpect(content().string(containsString("This link no longer works")))
			.andExpect(content().string(containsString(">Forgot password?</a>")));
	}

	@Test
	void expiredSupersededAndMadeUpLinksAreRefusedPlainly() throws Exception {
		long account = this.accounts.create(PortalMvc.username(), TEMPORARY, true, this.patient,
				AccessType.AUTHORIZED_REP);
		String superseded = this.tokens.generate(account, TokenPurpose.SET_PASSWORD);
		String expired = this.tokens.generate(account, TokenPurpose.SET_PASSWORD);
		this.jdbc.sql("UPDATE credential_token SET expires_at = CURRENT_TIMESTAMP - 1 WHERE portal_account_id = ?")
			.param(account)
			.update();
		for (String token : new String[] { superseded, expired, "made-up", "" }) {
			this.mvc.perform(get("/portal/set-password").param("token", token))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("This link no longer works")))
				.andExpect(content().string(containsString("already used, has expired, or a newer link was sent")));
		}
	}

	@Test
	void tickingForcePasswordChangeEndsOpenSessionsSoOnlyASignInLeadsToTheChangePage() throws Exception {
		String username = PortalMvc.username();
		long account = this.accounts.create(username, CHOSEN, false, this.patient, AccessType.AUTHORIZED_REP);
		Cookie open = PortalMvc.signIn(this.mvc, username, CHOSEN);
		this.mvc.perform(staffSaves(account, username).param("forcePasswordChange", "true")).andExpect(status().isFound());
		this.mvc.perform(get("/portal/password").cookie(open)).andExpect(redirectedUrl("/portal/login"));
		this.mvc.perform(post("/portal/password").cookie(open).with(csrf())
			.param("newPassword", NEXT)
			.param("confirmPassword", NEXT)).andExpect(redirectedUrl("/portal/login"));
		Cookie again = PortalMvc.signIn(this.mvc, username, CHOSEN);
		this.mvc.perform(get("/portal").cookie(again)).andExpect(redirectedUrl("/portal/password"));
	}

	@Test
	void linksEndWhenTheUsernameChangesAndDoNotWorkWhileTheAccountIsDisabled() throws Exception {
		String username = PortalMvc.username();
		long account = this.accounts.create(username, TEMPORARY, true, this.patient, AccessType.AUTHORIZED_REP);
		String link = this.tokens.generate(account, TokenPurpose.SET_PASSWORD);
		this.mvc.perform(staffSaves(account, username.toUpperCase()).param("forcePasswordChange", "true"))
			.andExpect(status().isFound());
		this.mvc.perform(get("/portal/set-password").param("token", link))
			.andExpect(content().string(containsString(">Set password</button>")));

		String corrected = PortalMvc.username();
		this.mvc.perform(staffSaves(account, corrected).param("forcePasswordChange", "true")).andExpect(status().isFound());
		this.mvc.perform(get("/portal/set-password").param("token", link))
			.andExpect(content().string(containsString("This link no longer works")));

		String toCorrected = this.tokens.generate(account, TokenPurpose.SET_PASSWORD);
		this.accounts.disable(account);
		this.mvc.perform(get("/portal/set-password").param("token", toCorrected))
			.andExpect(content().string(containsString("This link no longer works")));
		this.mvc.perform(post("/portal/set-password").with(csrf())
			.param("token", toCorrected)
			.param("newPassword", CHOSEN)
			.param("confirmPassword", CHOSEN)).andExpect(content().string(containsString("This link no longer works")));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'PORTAL_PASSWORD_CHANGED' AND actor = ?")
			.param("portal:" + corrected)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void forgotPasswordAnswersTheSameAlwaysAndEmailsAnHourLongLink() throws Exception {
		String username = PortalMvc.username();
		this.accounts.create(username, CHOSEN, false, this.patient, AccessType.AUTHORIZED_REP);
		int before = outboxTo(username);
		String known = this.mvc.perform(post("/portal/forgot-password").with(csrf()).param("username", username))
			.andExpect(redirectedUrl("/portal/forgot-password?sent"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String unknown = this.mvc
			.perform(post("/portal/forgot-password").with(csrf()).param("username", "nobody-" + username))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(unknown).isEqualTo(known);
		this.mvc.perform(get(known))
			.andExpect(content().string(containsString("If the account exists and has an email address, a link is on its way.")));
		assertThat(OutboxMail.await(this.jdbc, username, before + 1)).hasSize(before + 1);
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(post("/portal/forgot-password").with(csrf()).param("username", username))
				.andExpect(redirectedUrl("/portal/forgot-password?sent"));
		}
		assertThat(OutboxMail.await(this.jdbc, username, before + 3)).as("three per account and hour").hasSize(before + 3);
		assertThat(new AuditRecords(this.jdbc).latest(1).get(0)).startsWith("PORTAL_RESET_REQUESTED")
			.contains("too many requests");
	}

	private int outboxTo(String recipient) {
		return this.jdbc.sql("SELECT COUNT(*) FROM outbox_email WHERE recipient = ?")
			.param(recipient)
			.query(Integer.class)
			.single();
	}


	/** Front-desk staff save the account's setup form for the patient, as it stands apart from these changes. */
	private MockHttpServletRequestBuilder staffSaves(long account, String username) {
		long version = this.jdbc.sql("SELECT version FROM portal_account WHERE id = ?").param(account).query(Long.class).single();
		return post("/staff/patients/" + this.patient + "/portal-account").with(user("frontdesk").roles("FRONT_DESK"))
			.with(csrf())
			.param("save", "")
			.param("accountId", String.valueOf(account))
			.param("version", String.valueOf(version))
			.param("username", username)
			.param("firstName", "Tess")
			.param("lastName", "Tester")
			.param("accessType", "AUTHORIZED_REP")
			.param("defaultsFor", "AUTHORIZED_REP")
			.params(org.clinicportal.account.RepresentativeTermsParams.consent());
	}

}
