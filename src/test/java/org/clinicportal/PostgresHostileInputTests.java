package org.clinicportal;

import org.clinicportal.support.PostgresTestProperties;
import org.clinicportal.support.RequiresPostgres;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The hostile input run on PostgreSQL, which refuses what H2 lets through (a NUL character in text, a
 * year beyond its range); skipped when PostgreSQL is not reachable.
 */
@RequiresPostgres
@DirtiesContext
class PostgresHostileInputTests extends HostileInputTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresTestProperties.register(registry);
	}

}
