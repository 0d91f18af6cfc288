package org.clinicportal.account;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ClinicPortalTest
class BulkJobsTests {

	/** Well before any job the application itself runs in these tests. */
	private static final Instant YESTERDAY = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	final List<Runnable> held = new ArrayList<>();

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void jobWhoseServerStoppedIsShownFailedWithWhatWasDone() throws Exception {
		var nodes = new BulkJobNodes(this.context);
		String job = nodes.running(2500, 1000, YESTERDAY);
		this.mvc.perform(get("/staff/portal-users/jobs/{id}", job).with(user("frontdesk").roles("FRONT_DESK")))
			.andExpect(content().string(containsString("http-equiv=\"refresh\"")));

		assertThat(nodes.sweepAt(YESTERDAY.plus(BulkJobs.STALE_AFTER).minusSeconds(1))).as("not stale yet").isZero();
		assertThat(nodes.sweepAt(YESTERDAY.plus(BulkJobs.STALE_AFTER).plusSeconds(1))).isEqualTo(1);
		assertThat(nodes.sweepAt(YESTERDAY.plus(BulkJobs.STALE_AFTER).plusSeconds(61))).as("failed once").isZero();

		this.mvc.perform(get("/staff/portal-users/jobs/{id}", job).with(user("frontdesk").roles("FRONT_DESK")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"The action stopped when its server stopped: 1,000 of 2,500 accounts done, and they keep their change."
							+ " Run it again for the rest.")))
			.andExpect(content().string(containsString("href=\"/staff/portal-users?q=gone\"")))
			.andExpect(content().string(not(containsString("http-equiv=\"refresh\""))))
			.andExpect(content().string(not(containsString("Disabled"))));
	}

	@Test
	void chunkOfAJobFailedMeanwhileByAnotherNodeIsUndone() {
		String job = disable(new BulkJobNodes(this.context).at(YESTERDAY, this.held::add), "bulk-undone");

		assertThat(new BulkJobNodes(this.context).sweepAt(YESTERDAY.plus(BulkJobs.STALE_AFTER).plusSeconds(1)))
			.isEqualTo(1);
		this.held.forEach(Runnable::run);

		assertThat(new BulkJobNodes(this.context).describe(job)).isEqualTo("FAILED STOPPED 0/1");
		assertThat(this.jdbc.sql("SELECT enabled FROM portal_account WHERE username = 'bulk-undone'")
			.query(Boolean.class)
			.single()).as("the chunk was rolled back").isTrue();
	}

	@Test
	void stoppingAServerFailsItsRunningJobsAtOnce() {
		BulkJobs stopping = new BulkJobNodes(this.context).at(YESTERDAY, this.held::add);
		String job = disable(stopping, "bulk-stopping");

		stopping.destroy();

		assertThat(new BulkJobNodes(this.context).describe(job)).isEqualTo("FAILED STOPPED 0/1");
	}

	@Test
	void jobThatRunsToItsEndIsDone() {
		String job = disable(new BulkJobNodes(this.context).at(YESTERDAY, Runnable::run), "bulk-done");

		assertThat(new BulkJobNodes(this.context).describe(job)).isEqualTo("DONE null 1/1");
		assertThat(this.jdbc.sql("SELECT heartbeat_at FROM bulk_job WHERE id = ?").param(job)
			.query(java.time.OffsetDateTime.class).single().toInstant()).isEqualTo(YESTERDAY);
	}

	/** Starts disabling a new account on the node, as the front desk would; returns the job's id. */
	private String disable(BulkJobs node, String username) {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("frontdesk", null));
		return node.start(PortalUserAction.DISABLE, List.of(account(username)), "/staff/portal-users?q=" + username);
	}

	private long account(String username) {
		long id = this.jdbc.sql("SELECT NEXT VALUE FOR portal_account_seq").query(Long.class).single();
		this.jdbc.sql("""
				INSERT INTO portal_account (id, username, username_key, first_name, last_name, enabled,
				  force_password_change, password_hash, password_changed_at, failed_sign_ins, created_at, updated_at,
				  version)
				VALUES (?, ?, ?, 'Bo', 'Bulk', TRUE, FALSE, '{argon2}unused', CURRENT_TIMESTAMP, 0, CURRENT_TIMESTAMP,
				  CURRENT_TIMESTAMP, 0)""")
			.params(id, username, username)
			.update();
		return id;
	}

}
