package org.clinicportal.portal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.servlet.http.Cookie;

import org.clinicportal.account.AccessType;
import org.clinicportal.account.PortalSignIns;
import org.clinicportal.account.PortalTestAccounts;
import org.clinicportal.support.AuditRecords;
import org.clinicportal.support.ClinicPortalTest;
import org.clinicportal.support.FormTokenStores;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ClinicPortalTest
class PortalSignInTests {

	private static final String PASSWORD = "quiet harbor lantern meadow";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PortalSignIns signIns;

	@Autowired
	private WebApplicationContext context;

	private PortalTestAccounts accounts;

	private AuditRecords audit;

	private long patient;

	@BeforeEach
	void setUp() {
		this.accounts = new PortalTestAccounts(this.context);
		this.audit = new AuditRecords(this.jdbc);
		this.patient = this.accounts.patient("Zofia", "Kowalski");
		FormTokenStores.restore(this.context, PortalPaths.LOGIN, PortalSecurityConfiguration.FORM_TOKEN_COOKIE);
	}

	@Test
	void signInPageHasTheFieldsAndForgotPassword() throws Exception {
		this.mvc.perform(get("/portal/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"username\">Username</label>")))
			.andExpect(content().string(containsString("<label for=\"password\">Password</label>")))
			.andExpect(content().string(containsString(">Sign in</button>")))
			.andExpect(content().string(containsString(">Forgot password?</a>")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void signInPageStoresNoSessionAndItsFormNeedsTheTokenCookie() throws Exception {
		String username = PortalMvc.username();
		this.accounts.create(username, PASSWORD, false, this.patient, AccessType.AUTHORIZED_REP,
				ProfileSection.KEY);
		int sessions = this.jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION").query(Integer.class).single();
		MvcResult page = this.mvc.perform(get("/portal/login")).andExpect(status().isOk()).andReturn();
		assertThat(page.getResponse().getCookie("SESSION")).isNull();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION").query(Integer.class).single())
			.isEqualTo(sessions);
		Cookie tokenCookie = page.getResponse().getCookie(PortalSecurityConfiguration.FORM_TOKEN_COOKIE);
		assertThat(tokenCookie.isHttpOnly()).isTrue();
		String token = FormTokenStores.formToken(page);

		// the form's token without its cookie (a form posted from another site) signs nobody in
		MvcResult forged = this.mvc.perform(post("/portal/login").param("_csrf", token)
			.param("username", username)
			.param("password", PASSWORD)).andExpect(redirectedUrl("/portal/login")).andReturn();
		assertThat(forged.getResponse().getCookie("SESSION")).isNull();
		// nor does a wrong password start a session
		MvcResult wrong = this.mvc.perform(post("/portal/login").cookie(tokenCookie)
			.param("_csrf", token)
			.param("username", username)
			.param("password", PASSWORD + " wrong")).andExpect(redirectedUrl("/portal/login?error")).andReturn();
		assertThat(wrong.getResponse().getCookie("SESSION")).isNull();

		MvcResult signedIn = this.mvc.perform(post("/portal/login").cookie(tokenCookie)
			.param("_csrf", token)
			.param("username", username)
			.param("password", PASSWORD)).andExpect(redirectedUrl("/portal")).andReturn();
		assertThat(signedIn.getResponse().getCookie("SESSION")).isNotNull();
		assertThat(signedIn.getResponse().getCookie(PortalSecurityConfiguration.FORM_TOKEN_COOKIE).getMaxAge())
			.isZero();
	}

	@Test
	void portalPagesSendAnonymousVisitorsToSignIn() throws Exception {
		this.mvc.perform(get("/portal")).andExpect(redirectedUrl("/portal/login"));
		this.mvc.perform(get("/portal/patients/" + this.patient + "/profile")).andExpect(redirectedUrl("/portal/login"));
	}

	@Test
	void rightPasswordSignsInWithANewSessionIndexedByTheAccount() throws Exception {
		String username = PortalMvc.username();
		long account = this.accounts.create(username, PASSWORD, false, this.patient, AccessType.AUTHORIZED_REP,
				ProfileSection.KEY);
		// a page asked for before signing in is remembered in a cookie: an anonymous visitor gets no session
		int sessions = this.jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION").query(Integer.class).single();
		MvcResult before = this.mvc.perform(get("/portal/patients/" + this.patient + "/profile"))
			.andExpect(redirectedUrl("/portal/login"))
			.andReturn();
		assertThat(before.getResponse().getCookie("SESSION")).isNull();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION").query(Integer.class).single())
			.isEqualTo(sessions);
		Cookie remembered = before.getResponse().getCookie("REDIRECT_URI");
		assertThat(remembered).isNotNull();
		MvcResult result = this.mvc.perform(post("/portal/login").cookie(remembered)
			.with(csrf())
			.param("username", username.toUpperCase())
			.param("password", PASSWORD)).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).contains("/portal/patients/" + this.patient + "/profile");
		Cookie session = result.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?")
			.param("portal:" + account)
			.query(Integer.class)
			.single()).isEqualTo(1);
		this.mvc.perform(get("/portal").cookie(session)).andExpect(redirectedUrl("/portal/patients/" + this.patient));
		this.mvc.perform(get("/portal/patients/" + this.patient).cookie(session))
			.andExpect(content().string(containsString("data-idle-seconds=\"900\"")))
			.andExpect(content().string(containsString("You will be signed out in one minute")));
		assertThat(this.audit.latest(1).get(0)).startsWith("PORTAL_SIGN_IN portal:" + username);
	}

	@Test
	void everyFailureLooksTheSameButTheAuditTrailKnowsWhy() throws Exception {
		String wrong = PortalMvc.username();
		this.accounts.create(wrong, PASSWORD, false, this.patient, AccessType.AUTHORIZED_REP);
		String disabled = PortalMvc.username();
		this.accounts.disable(this.accounts.create(disabled, PASSWORD, false, this.patient, AccessType.AUTHORIZED_REP));
		String expired = PortalMvc.username();
		this.accounts.expireTemporaryPassword(
				this.accounts.create(expired, "ABCDEFGHJKMNPQRS", true, this.patient, AccessType.AUTHORIZED_REP));

		assertRefused("nobody-" + wrong, PASSWORD, "unknown username");
		assertRefused(wrong, PASSWORD + "x", "wrong password");
		assertRefused(disabled, PASSWORD, "account disabled");
		assertRefused(expired, "ABCD-EFGH-JKMN-PQRS", "temporary password expired");
		this.mvc.perform(get("/portal/login?error"))
			.andExpect(content().string(containsString("Invalid username or password.")));
	}

	@Test
	void temporaryPasswordWorksWithOrWithoutTheDashes() throws Exception {
		String username = PortalMvc.username();
		this.accounts.create(username, "ABCDEFGHJKMNPQRS", true, this.patient, AccessType.AUTHORIZED_REP);
		assertThat(PortalMvc.signIn(this.mvc, username, "ABCD-EFGH-JKMN-PQRS")).isNotNull();
		assertThat(PortalMvc.signIn(this.mvc, username, "ABCDEFGHJKMNPQRS")).isNotNull();
		assertThat(PortalMvc.signIn(this.mvc, username, "ABCD-EFGH-JKMN-PQRT")).isNull();
	}

	@Test
	void fiveFailuresLockTheAccountEvenAgainstTheRightPasswordUntilTheLockEnds() throws Exception {
		String username = PortalMvc.username();
		long account = this.accounts.create(username, PASSWORD, false, this.patient, AccessType.AUTHORIZED_REP);
		for (int i = 0; i < 5; i++) {
			assertThat(PortalMvc.signIn(this.mvc, username, "wrong guess " + i)).isNull();
		}
		Instant lockedUntil = this.accounts.lockedUntil(account);
		assertThat(lockedUntil).isBetween(Instant.now().plusSeconds(50), Instant.now().plusSeconds(61));
		assertRefused(username, PASSWORD, "locked");
		assertThat(this.audit.latest(3)).anyMatch((line) -> line.startsWith("PORTAL_ACCOUNT_LOCKED"));

		this.jdbc.sql("UPDATE portal_account SET locked_until = ? WHERE id = ?")
			.params(OffsetDateTime.now().minusSeconds(1), account)
			.update();
		assertThat(PortalMvc.signIn(this.mvc, username, "sixth wrong guess")).isNull();
		assertThat(this.accounts.lockedUntil(account)).as("the second lock is longer")
			.isAfter(Instant.now().plusSeconds(110));

		this.signIns.unlock(account);
		assertThat(PortalMvc.signIn(this.mvc, username, PASSWORD)).isNotNull();
	}

	@Test
	void anUnknownUsernameIsHeldAfterFiveFailuresAsAnAccountIsLocked() throws Exception {
		String nobody = PortalMvc.username();
		for (int i = 0; i < 6; i++) {
			this.mvc.perform(post("/portal/login").with(csrf()).with((request) -> {
				request.setRemoteAddr("198.51.100.9");
				return request;
			}).param("username", nobody).param("password", "guess " + i)).andExpect(redirectedUrl("/portal/login?error"));
		}
		assertThat(this.audit.latest(2)).anyMatch((line) -> line.contains("reason: unknown username, locked until"))
			.noneMatch((line) -> line.startsWith("PORTAL_ACCOUNT_LOCKED"));
	}

	@Test
	void manyFailuresFromOneAddressAreThrottledAcrossAccounts() throws Exception {
		String username = PortalMvc.username();
		this.accounts.create(username, PASSWORD, false, this.patient, AccessType.AUTHORIZED_REP);
		for (int i = 0; i < 20; i++) {
			this.mvc.perform(post("/portal/login").with(csrf()).with((request) -> {
				request.setRemoteAddr("203.0.113.7");
				return request;
			}).param("username", "guess" + i + "@example.org").param("password", "nope"));
		}
		this.mvc.perform(post("/portal/login").with(csrf()).with((request) -> {
			request.setRemoteAddr("203.0.113.7");
			return request;
		}).param("username", username).param("password", PASSWORD)).andExpect(redirectedUrl("/portal/login?error"));
		assertThat(this.audit.latest(1).get(0)).contains("reason: too many failed sign-ins from this address");
		assertThat(PortalMvc.signIn(this.mvc, username, PASSWORD)).as("another address").isNotNull();
	}

	@Test
	void signOutEndsTheSession() throws Exception {
		String username = PortalMvc.username();
		this.accounts.create(username, PASSWORD, false, this.patient, AccessType.AUTHORIZED_REP);
		Cookie session = PortalMvc.signIn(this.mvc, username, PASSWORD);
		this.mvc.perform(post("/portal/logout").cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/portal/login?signedOut"));
		this.mvc.perform(get("/portal").cookie(session)).andExpect(redirectedUrl("/portal/login"));
		assertThat(this.audit.latest(1).get(0)).startsWith("PORTAL_SIGN_OUT");
	}

	@Test
	void staffSignInAuditNeverSeesPortalAttempts() throws Exception {
		PortalMvc.signIn(this.mvc, "nobody@example.org", "nothing at all here");
		assertThat(this.audit.latest(1).get(0)).startsWith("PORTAL_SIGN_IN_FAILED");
	}

	private void assertRefused(String username, String password, String reason) throws Exception {
		MvcResult result = PortalMvc.signInResult(this.mvc, username, password);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/portal/login?error");
		assertThat(this.audit.latest(2)).anyMatch((line) -> line.startsWith("PORTAL_SIGN_IN_FAILED")
				&& line.contains("reason: " + reason));
	}

	@Test
	void pagesOpenedAtOnceRightAfterSignInAllLoad() throws Exception {
		String username = PortalMvc.username();
		this.accounts.create(username, PASSWORD, false, this.patient, AccessType.AUTHORIZED_REP, ProfileSection.KEY);
		Cookie session = PortalMvc.signIn(this.mvc, username, PASSWORD);
		var pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> pages = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				pages.add(pool.submit(() -> this.mvc.perform(get("/portal/patients/" + this.patient).cookie(session))
					.andReturn()
					.getResponse()
					.getStatus()));
			}
			for (Future<Integer> page : pages) {
				assertThat(page.get()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void signInGivesTheNewSessionItsFormTokenAtOnce() throws Exception {
		String username = PortalMvc.username();
		long account = this.accounts.create(username, PASSWORD, false, this.patient, AccessType.AUTHORIZED_REP,
				ProfileSection.KEY);
		MvcResult page = this.mvc.perform(get("/portal/login")).andReturn();
		String token = FormTokenStores.formToken(page);
		Cookie tokenCookie = page.getResponse().getCookie(PortalSecurityConfiguration.FORM_TOKEN_COOKIE);
		this.mvc.perform(post("/portal/login").cookie(tokenCookie)
			.param("_csrf", token)
			.param("username", username)
			.param("password", PASSWORD)).andExpect(redirectedUrl("/portal"));
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM SPRING_SESSION_ATTRIBUTES a
				JOIN SPRING_SESSION s ON s.PRIMARY_ID = a.SESSION_PRIMARY_ID
				WHERE s.PRINCIPAL_NAME = ? AND a.ATTRIBUTE_NAME LIKE '%CSRF_TOKEN'
				""").param("portal:" + account).query(Integer.class).single()).isEqualTo(1);
	}

}
