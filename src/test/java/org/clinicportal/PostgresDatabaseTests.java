package org.clinicportal;

import org.clinicportal.support.ClinicPortalTest;
import org.clinicportal.support.PostgresTestProperties;
import org.clinicportal.support.RequiresPostgres;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The database contract on PostgreSQL, in a schema of its own; skipped when PostgreSQL is not reachable. */
@RequiresPostgres
@ClinicPortalTest
@DirtiesContext
class PostgresDatabaseTests extends DatabaseContractTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresTestProperties.register(registry);
	}

}
