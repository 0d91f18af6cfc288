package org.clinicportal;

import org.clinicportal.support.ClinicPortalTest;
import org.clinicportal.support.PostgresTestProperties;
import org.clinicportal.support.RequiresPostgres;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database contract on PostgreSQL, in a schema of its own; skipped when PostgreSQL is not reachable. */
@RequiresPostgres
@ClinicPortalTest
@DirtiesContext
class PostgresDatabaseTests extends DatabaseContractTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresTestProperties.register(registry);
	}

	@Autowired
	private JdbcClient jdbc;

	@Test
	void databaseRefusesToChangeOrDeleteAuditRecords() {
		assertThatThrownBy(() -> this.jdbc.sql("UPDATE audit_event SET actor = 'someone else'").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("DELETE FROM audit_event").update()).hasMessageContaining("append-only");
	}

	@Test
	void databaseRefusesToChangeASubmittedFormResponse() throws Exception {
		long response = submittedGad7("Formimmutable").response().id();
		assertThatThrownBy(() -> this.jdbc.sql("UPDATE form_response SET answers = '{}' WHERE id = ?")
			.param(response)
			.update()).hasMessageContaining("cannot be changed");
		this.jdbc.sql("UPDATE form_response SET reviewed_by = 'clinician', reviewed_at = CURRENT_TIMESTAMP WHERE id = ?")
			.param(response)
			.update();
		assertThatThrownBy(() -> this.jdbc.sql("UPDATE form_response SET reviewed_by = 'someone else' WHERE id = ?")
			.param(response)
			.update()).hasMessageContaining("cannot be changed");
	}

}
