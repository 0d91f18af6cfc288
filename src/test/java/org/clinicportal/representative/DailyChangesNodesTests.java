package org.clinicportal.representative;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.clinicportal.ClinicPortalApplication;
import org.clinicportal.account.PortalUsers;
import org.clinicportal.account.Relationship;
import org.clinicportal.account.RepresentativeBasis;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.patient.PatientDirectory;
import org.clinicportal.portal.PortalMvc;
import org.clinicportal.system.ClinicProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * The daily changes on two app nodes sharing one database: each clinic day is applied once,
 * whichever node comes first, and a day after downtime catches up on the days missed.
 */
class DailyChangesNodesTests {

	private static final String DATABASE = "jdbc:h2:mem:representative-nodes-" + UUID.randomUUID()
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
	void eachDayRunsOnceAcrossNodesAndCatchesUpOnTheDaysMissed() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) first).apply(springSecurity()).build();
		var families = new RepresentativeFamilies(mvc, first);
		LocalDate born = LocalDate.now().minusYears(11).minusDays(10);
		long child = families.patient("Zoe", born);
		String parent = PortalMvc.username();
		long account = families.representative(parent, child, Relationship.PARENT, RepresentativeBasis.PARENT_OF_MINOR,
				"PROFILE", "FORMS", "APPOINTMENTS");

		// the nodes were down on the twelfth birthday: three days later both look at once
		LocalDate threeDaysAfter = born.plusYears(12).plusDays(3);
		List<Integer> runs = bothAtOnce(threeDaysAfter);
		assertThat(runs).as("one node applied the day, the other found it taken").containsExactlyInAnyOrder(1, -1);
		assertThat(daily(second, threeDaysAfter).runToday()).as("the same day again").isEqualTo(-1);
		assertThat(audits(child, "REPRESENTATIVE_ACCESS_NARROWED")).hasSize(1)
			.first()
			.asString()
			.contains("withheld [FORMS]");
		assertThat(emailsTo(parent)).isEqualTo(1);

		// the next day changes nothing; the eighteenth birthday ends the access, a week late
		assertThat(daily(second, threeDaysAfter.plusDays(1)).runToday()).isZero();
		assertThat(daily(first, born.plusYears(18).plusDays(7)).runToday()).isEqualTo(1);
		assertThat(audits(child, "REPRESENTATIVE_ACCESS_ENDED")).hasSize(1).first().asString().contains("MAJORITY");
		assertThat(emailsTo(parent)).isEqualTo(2);
		assertThat(first.getBean(JdbcClient.class)
			.sql("SELECT stage FROM representative_terms WHERE portal_account_id = ?")
			.param(account)
			.query(String.class)
			.single()).isEqualTo("ENDED");
	}

	private static List<Integer> bothAtOnce(LocalDate day) throws Exception {
		var pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<Integer>> both = List.of(() -> daily(first, day).runToday(), () -> daily(second, day).runToday());
			var results = new ArrayList<Integer>();
			for (Future<Integer> result : pool.invokeAll(both)) {
				results.add(result.get());
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

	/** The node's daily job with its clock at noon of the day in the clinic's zone. */
	private static DailyChanges daily(ConfigurableApplicationContext node, LocalDate day) {
		ClinicProperties clinic = node.getBean(ClinicProperties.class);
		Clock clock = Clock.fixed(day.atTime(12, 0).atZone(clinic.zone()).toInstant(), ZoneId.of("UTC"));
		var rules = new RepresentativeRules(node.getBean(RepresentativeProperties.class), clinic, clock);
		return new DailyChanges(node.getBean(JdbcClient.class), node.getBean(TransactionTemplate.class),
				node.getBean(TermsStore.class), rules, node.getBean(PatientDirectory.class),
				node.getBean(PortalUsers.class), node.getBean(RepresentativeEmails.class), node.getBean(AuditTrail.class),
				clock);
	}

	private static List<String> audits(long patientId, String action) {
		return first.getBean(JdbcClient.class)
			.sql("SELECT detail FROM audit_event WHERE patient_id = ? AND action = ? ORDER BY id")
			.params(patientId, action)
			.query(String.class)
			.list();
	}

	private static int emailsTo(String recipient) {
		return first.getBean(JdbcClient.class)
			.sql("SELECT COUNT(*) FROM outbox_email WHERE recipient = ? AND subject = 'Your portal access changed'")
			.param(recipient)
			.query(Integer.class)
			.single();
	}

	private static ConfigurableApplicationContext node() {
		return new SpringApplicationBuilder(ClinicPortalApplication.class).run("--spring.datasource.url=" + DATABASE,
				"--server.port=0", "--clinic.demo=false", "--spring.main.banner-mode=off");
	}

}
