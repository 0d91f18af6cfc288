package org.clinicportal.support;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a Spring test context at a fresh PostgreSQL schema. Use from a
 * {@code @DynamicPropertySource} method of a {@link RequiresPostgres} test class that is also
 * {@code @DirtiesContext}: the context closes with the class, and the schema is dropped when the test
 * JVM ends.
 */
public final class PostgresTestProperties {

	private PostgresTestProperties() {
	}

	/** Creates a schema and registers the datasource properties for it; returns the schema's name. */
	public static String register(DynamicPropertyRegistry registry) {
		String schema = PostgresTestDatabase.createSchema();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> PostgresTestDatabase.dropSchema(schema)));
		registry.add("spring.datasource.url", () -> PostgresTestDatabase.url(schema));
		registry.add("spring.datasource.username", () -> PostgresTestDatabase.USER);
		registry.add("spring.datasource.password", () -> PostgresTestDatabase.PASSWORD);
		return schema;
	}

}
