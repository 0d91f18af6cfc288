package org.clinicportal.representative;

import java.util.Collection;

import org.clinicportal.account.AccessSummary;
import org.clinicportal.account.AccessTerms;
import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo families show each case: a child, a teenager, an adult with a representative, a guardian of an adult. */
@ClinicPortalTest
// a context of its own: the families' accounts would be in the way of the other tests' demo patients
@TestPropertySource(properties = "clinic.representatives.demo-families=true")
class DemoFamiliesTests {

	@Autowired
	private DemoFamilies families;

	@Autowired
	private AccessTerms terms;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void eachCaseIsSeededAtStartOnceAndExplained() {
		this.families.seed(); // again: nothing more
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM representative_terms WHERE portal_account_id IN"
				+ " (SELECT id FROM portal_account WHERE username_key IN ('ana.rivera@example.org', 'david.ellison@example.org'))")
			.query(Integer.class)
			.single()).isEqualTo(4);
		assertThat(lines("Sofia", "Rivera")).contains("Sees: Profile, Appointments.")
			.anyMatch((line) -> line.contains("when the patient turns 18"));
		assertThat(lines("Mateo", "Rivera")).anyMatch((line) -> line.startsWith("Narrows on"));
		assertThat(lines("Luis", "Rivera")).anyMatch((line) -> line.contains("the end date set for it"));
		assertThat(lines("Margaret", "Ellison")).anyMatch((line) -> line.contains("Legal guardian"));
	}

	private Collection<String> lines(String first, String last) {
		long id = this.jdbc.sql("SELECT id FROM patient WHERE first_name = ? AND last_name = ?")
			.params(first, last)
			.query(Long.class)
			.single();
		return this.terms.summaries(id).values().stream().map(AccessSummary::lines).flatMap(Collection::stream).toList();
	}

}
