package org.clinicportal.system;

import javax.sql.DataSource;

import org.clinicportal.support.PostgresTestDatabase;
import org.clinicportal.support.RequiresPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The shared limits on PostgreSQL, in a schema of its own; skipped when PostgreSQL is not reachable. */
@RequiresPostgres
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresRateLimitsTests extends RateLimitsContract {

	private String schema;

	private DataSource database;

	@Override
	DataSource database() {
		if (this.database == null) {
			this.schema = PostgresTestDatabase.createSchema();
			this.database = new SimpleDriverDataSource(new org.postgresql.Driver(), PostgresTestDatabase.url(this.schema),
					PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD);
		}
		return this.database;
	}

	@Override
	String vendor() {
		return "postgresql";
	}

	@AfterAll
	void dropSchema() {
		if (this.schema != null) {
			PostgresTestDatabase.dropSchema(this.schema);
		}
	}

}
