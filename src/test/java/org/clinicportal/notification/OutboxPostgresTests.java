package org.clinicportal.notification;


import org.clinicportal.support.PostgresTestProperties;
import org.clinicportal.support.RequiresPostgres;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The outbox on PostgreSQL: claims with {@code FOR UPDATE SKIP LOCKED} by two dispatchers at once. */
@RequiresPostgres
@DirtiesContext
class OutboxPostgresTests extends OutboxConcurrencyTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresTestProperties.register(registry);
	}

}
