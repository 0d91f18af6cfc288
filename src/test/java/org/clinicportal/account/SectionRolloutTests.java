package org.clinicportal.account;

import java.util.List;

import org.clinicportal.support.AuditRecords;
import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@ClinicPortalTest
class SectionRolloutTests {

	@Autowired
	private SectionRollout rollout;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApplicationContext context;

	@Test
	void aNewSectionReachesEveryExistingSelfGrantOnceAndNoRepresentativeAndIsAudited() {
		var accounts = new PortalTestAccounts(this.context);
		long patient = accounts.patient("Luis", "Rivera");
		long self = accounts.create("rollout-self-" + System.nanoTime() + "@example.org", "quiet harbor lantern meadow",
				false, patient, AccessType.SELF, "PROFILE");
		long rep = accounts.create("rollout-rep-" + System.nanoTime() + "@example.org", "quiet harbor lantern meadow",
				false, patient, AccessType.AUTHORIZED_REP, "PROFILE");
		var section = new PortalSection("NEWS", "n", "n.text", "news", true, 99);

		this.rollout.introduce(section);
		assertThat(sectionsOf(self)).contains("PROFILE", "NEWS");
		assertThat(sectionsOf(rep)).containsExactly("PROFILE");
		assertThat(new AuditRecords(this.jdbc).latest(1).get(0)).startsWith("PORTAL_SECTION_INTRODUCED")
			.contains("section NEWS added to");

		// staff take it away from this Self account: a later start must not give it back
		this.jdbc.sql("DELETE FROM access_grant_permission WHERE permission = 'NEWS' AND access_grant_id IN "
				+ "(SELECT id FROM access_grant WHERE portal_account_id = ?)").param(self).update();
		this.rollout.introduce(section);
		assertThat(sectionsOf(self)).containsExactly("PROFILE");
	}

	@Test
	void aSectionNewSelfGrantsDoNotStartWithReachesNoExistingGrant() {
		var accounts = new PortalTestAccounts(this.context);
		long patient = accounts.patient("Ana", "Rivera");
		long self = accounts.create("optin-self-" + System.nanoTime() + "@example.org", "quiet harbor lantern meadow",
				false, patient, AccessType.SELF, "PROFILE");
		this.rollout.introduce(new PortalSection("EXTRAS", "e", "e.text", "extras", false, 98));
		assertThat(sectionsOf(self)).containsExactly("PROFILE");
	}

	private List<String> sectionsOf(long accountId) {
		return this.jdbc.sql("""
				SELECT p.permission FROM access_grant_permission p JOIN access_grant g ON g.id = p.access_grant_id
				WHERE g.portal_account_id = ? ORDER BY p.permission DESC""").param(accountId).query(String.class).list();
	}

}
