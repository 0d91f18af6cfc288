package org.clinicportal.appointment;

import javax.sql.DataSource;

import org.clinicportal.support.PostgresTestDatabase;
import org.clinicportal.support.RequiresPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The no-double-booking rule on PostgreSQL, in a schema of its own; skipped when PostgreSQL is not reachable. */
@RequiresPostgres
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresBookingTests extends BookingContract {

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
