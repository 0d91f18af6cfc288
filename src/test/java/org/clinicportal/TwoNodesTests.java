package org.clinicportal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.clinicportal.account.PortalSignIns;
import org.clinicportal.credential.SignInAttempt;
import org.clinicportal.credential.SignInAttempt.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two app nodes on one database, as behind a load balancer: the limits that slow down guessing
 * hold for the two together, not for each.
 */
class TwoNodesTests {

	private static final String DATABASE = "jdbc:h2:mem:two-nodes-" + UUID.randomUUID()
			+ ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE";

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoNodes() {
		first = node();
		second = node();
	}

	@AfterAll
	static void stopThem() {
		second.close();
		first.close();
	}

	@Test
	void failedSignInsFromOneAddressAreCountedByBothNodesTogether() {
		List<Result> results = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			ConfigurableApplicationContext node = (i % 2 == 0) ? first : second;
			SignInAttempt attempt = node.getBean(PortalSignIns.class)
				.signIn("guess" + i + "@example.org", "not a password", "203.0.113.50");
			results.add(attempt.result());
		}
		assertThat(results.stream().filter((r) -> r == Result.ADDRESS_THROTTLED)).as("refused for the address")
			.hasSize(20);
		assertThat(results.subList(0, 20)).containsOnly(Result.UNKNOWN_USERNAME);
	}

	@Test
	void anUnknownUsernameIsHeldAfterFiveFailuresOnWhicheverNodeTheyHappened() {
		String nobody = "nobody-" + UUID.randomUUID() + "@example.org";
		List<Boolean> held = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ConfigurableApplicationContext node = (i % 2 == 0) ? first : second;
			held.add(node.getBean(PortalSignIns.class).signIn(nobody, "guess " + i, "198.51.100." + i)
				.lockedUntil() != null);
		}
		assertThat(held).as("held from the fifth failure on").containsExactly(false, false, false, false, true);
		SignInAttempt sixth = second.getBean(PortalSignIns.class).signIn(nobody, "guess 6", "198.51.100.99");
		assertThat(sixth.lockedUntil()).as("held on the other node too").isNotNull();
	}

	@Test
	void forgotPasswordRequestsForOneAccountAreLimitedAcrossNodes() throws Exception {
		String username = "someone-" + UUID.randomUUID() + "@example.org";
		MockMvc one = mvc(first);
		MockMvc two = mvc(second);
		for (int i = 0; i < 4; i++) {
			((i % 2 == 0) ? one : two).perform(post("/portal/forgot-password").with(csrf())
				.with((request) -> {
					request.setRemoteAddr("192.0.2.200");
					return request;
				})
				.param("username", username));
		}
		List<String> outcomes = first.getBean(JdbcClient.class)
			.sql("SELECT detail FROM audit_event WHERE action = 'PORTAL_RESET_REQUESTED' AND actor = ? ORDER BY id")
			.param("portal:" + username)
			.query(String.class)
			.list();
		assertThat(outcomes).hasSize(4).endsWith("refused: too many requests");
		assertThat(outcomes.subList(0, 3)).noneMatch((outcome) -> outcome.startsWith("refused"));
	}

	private static ConfigurableApplicationContext node() {
		return new SpringApplicationBuilder(ClinicPortalApplication.class).run("--spring.datasource.url=" + DATABASE,
				"--server.port=0", "--clinic.demo=false", "--spring.main.banner-mode=off");
	}

	private static MockMvc mvc(ConfigurableApplicationContext node) {
		return MockMvcBuilders.webAppContextSetup((WebApplicationContext) node).apply(springSecurity()).build();
	}

}
