package org.clinicportal.staff;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.clinicportal.credential.SecretSealer;
import org.clinicportal.credential.TemporaryPassword;
import org.clinicportal.support.AuditRecords;
import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff sign-in has the portal's protection: generated passwords as shown, lockout, unknown
 * usernames held, per-address limit, reasons in words; and staff sessions follow the user's standing.
 */
@ClinicPortalTest
class StaffSignInProtectionTests {

	private static final String CHOSEN = "violet canyon pepper sonnet";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private SecretSealer sealer;

	@Autowired
	private JdbcClient jdbc;

	private AuditRecords audit;

	/** Each test signs in from an address of its own, so that failures of one never throttle another. */
	private String address;

	@BeforeEach
	void setUp() {
		this.audit = new AuditRecords(this.jdbc);
		this.address = "192.0.2." + (1 + (int) (Math.random() * 250));
		this.jdbc.sql("DELETE FROM rate_limit").update();
	}

	@Test
	void aGeneratedPasswordWorksTypedAsShownWithItsDashesAndInTheForcedChange() throws Exception {
		String username = newUser();
		var created = this.accounts.create(username, "Gen Erated", Set.of(StaffRole.FRONT_DESK));
		var password = new TemporaryPassword(this.sealer.open(created.password()));
		Cookie session = signIn(username, password.grouped());
		assertThat(session).as("typed as shown, with dashes").isNotNull();
		this.mvc.perform(post("/staff/account/password").cookie(session).with(csrf()).with(from(this.address))
			.param("currentPassword", password.grouped())
			.param("newPassword", CHOSEN)
			.param("confirmPassword", CHOSEN)).andExpect(redirectedUrl("/staff/patients"));
		assertThat(signIn(username, CHOSEN)).isNotNull();
	}

	@Test
	void aChosenPasswordIsTakenExactlyAsTyped() throws Exception {
		String username = newUser();
		this.accounts.createWithPassword(username, "Cho Sen", Set.of(StaffRole.CLINICIAN), "amber-heron-quilt-ridge",
				false);
		assertThat(signIn(username, "amberheronquiltridge")).isNull();
		assertThat(signIn(username, "amber-heron-quilt-ridge")).isNotNull();
	}

	@Test
	void failedSignInsAreAuditedInWordsNeverAsAnExceptionName() throws Exception {
		String username = chosenUser();
		signIn(username, "not it at all");
		signIn("nobody-" + username, "not it at all");
		assertThat(this.audit.latest(2)).containsExactly("STAFF_SIGN_IN_FAILED nobody-" + username
				+ " null reason: unknown username", "STAFF_SIGN_IN_FAILED " + username + " null reason: wrong password");
	}

	@Test
	void fiveFailuresLockAStaffUserUntilAnAdministratorUnlocksIt() throws Exception {
		String username = chosenUser();
		for (int i = 0; i < 5; i++) {
			assertThat(signIn(username, "wrong guess " + i)).isNull();
		}
		assertThat(this.audit.latest(2)).anyMatch((line) -> line.startsWith("STAFF_ACCOUNT_LOCKED " + username));
		assertThat(signIn(username, CHOSEN)).as("locked against the right password too").isNull();
		assertThat(this.audit.latest(1).get(0)).contains("reason: locked");

		long id = userId(username);
		this.mvc.perform(get("/staff/users").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(containsString(">Locked</span>")));
		this.mvc.perform(get("/staff/users/" + id).with(user("admin").roles("ADMIN")))
			.andExpect(content().string(containsString("Locked after repeated failed sign-ins")));
		this.mvc.perform(post("/staff/users/" + id + "/unlock").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/staff/users/" + id));
		assertThat(this.audit.latest(1).get(0)).startsWith("STAFF_USER_UNLOCKED admin");
		assertThat(signIn(username, CHOSEN)).isNotNull();
	}

	@Test
	void aFailureAfterALockEndsLocksForTwiceAsLong() throws Exception {
		String username = chosenUser();
		long id = userId(username);
		this.jdbc.sql("UPDATE staff_user SET failed_sign_ins = 5, locked_until = ? WHERE id = ?")
			.params(OffsetDateTime.now().minusSeconds(1), id)
			.update();
		assertThat(signIn(username, "sixth wrong guess")).isNull();
		Instant lockedUntil = this.jdbc.sql("SELECT locked_until FROM staff_user WHERE id = ?")
			.param(id)
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
		assertThat(lockedUntil).as("the second lock lasts two minutes").isAfter(Instant.now().plusSeconds(110));
	}

	@Test
	void anUnknownStaffUsernameIsHeldAfterFiveFailuresAsAUserIsLocked() throws Exception {
		String nobody = newUser();
		for (int i = 0; i < 6; i++) {
			signIn(nobody, "guess " + i);
		}
		assertThat(this.audit.latest(2)).allMatch((line) -> line.contains("reason: unknown username, locked until"));
	}

	@Test
	void manyFailuresFromOneAddressAreRefusedBeforeAnyPasswordIsChecked() throws Exception {
		String username = chosenUser();
		for (int i = 0; i < 20; i++) {
			signIn("guess" + i + "-" + username, "nope");
		}
		assertThat(signIn(username, CHOSEN)).isNull();
		assertThat(this.audit.latest(1).get(0))
			.contains("reason: too many failed sign-ins from this address");
		this.address = "198.51.100.77";
		assertThat(signIn(username, CHOSEN)).as("from another address").isNotNull();
	}

	@Test
	void aUsernameLongerThanAnyAccountsIsRefusedWithoutBookkeeping() throws Exception {
		String huge = "a".repeat(100_000) + "@example.org";
		int limits = this.jdbc.sql("SELECT COUNT(*) FROM rate_limit").query(Integer.class).single();
		assertThat(signIn(huge, "whatever it is")).isNull();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM rate_limit").query(Integer.class).single()).isEqualTo(limits);
		assertThat(this.audit.latest(1).get(0)).contains("reason: username too long");
	}

	@Test
	void wrongCurrentPasswordsOnTheChangeFormCountAsFailedSignIns() throws Exception {
		String username = chosenUser();
		Cookie session = signIn(username, CHOSEN);
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(post("/staff/account/password").cookie(session).with(csrf()).with(from(this.address))
				.param("currentPassword", "guess " + i)
				.param("newPassword", "quiet otter lantern meadow")
				.param("confirmPassword", "quiet otter lantern meadow"))
				.andExpect(content().string(containsString("That is not your current password.")));
		}
		assertThat(this.audit.latest(2)).anyMatch((line) -> line.startsWith("STAFF_ACCOUNT_LOCKED " + username))
			.anyMatch((line) -> line.contains("reason: wrong current password"));
		assertThat(signIn(username, CHOSEN)).as("the lock holds for sign-ins too").isNull();
	}

	private String chosenUser() {
		String username = newUser();
		this.accounts.createWithPassword(username, "Sam Staff", Set.of(StaffRole.FRONT_DESK), CHOSEN, false);
		return username;
	}

	private static String newUser() {
		return "staff-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private long userId(String username) {
		return this.jdbc.sql("SELECT id FROM staff_user WHERE username = ?").param(username).query(Long.class).single();
	}

	/** Signs in from this test's address; the session cookie, or {@code null} when refused. */
	private Cookie signIn(String username, String password) throws Exception {
		MvcResult result = this.mvc.perform(post("/staff/login").with(csrf()).with(from(this.address))
			.param("username", username)
			.param("password", password)).andExpect(status().isFound()).andReturn();
		if ("/staff/login?error".equals(result.getResponse().getRedirectedUrl())) {
			return null;
		}
		return result.getResponse().getCookie("SESSION");
	}

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
