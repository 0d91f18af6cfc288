package org.clinicportal.support;

import java.util.function.Supplier;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * An empty database of its own for a contract test without an application context, migrated by
 * Flyway: an in-memory H2 database, or a PostgreSQL schema that {@link #close()} drops.
 */
public final class ContractDatabase implements AutoCloseable {

	private final String vendor;

	private final Supplier<DataSource> opener;

	private String schema;

	private DataSource dataSource;

	private ContractDatabase(String vendor, Supplier<DataSource> opener) {
		this.vendor = vendor;
		this.opener = opener;
	}

	/** An in-memory H2 database named after its purpose. */
	public static ContractDatabase h2(String purpose) {
		return new ContractDatabase("h2", () -> {
			var database = new JdbcDataSource();
			database.setURL("jdbc:h2:mem:" + purpose + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
			database.setUser("sa");
			return database;
		});
	}

	/** A schema of its own on the test PostgreSQL server ({@link PostgresTestDatabase}), made on first use. */
	public static ContractDatabase postgres() {
		return new ContractDatabase("postgresql", null);
	}

	/** The database, migrated on first use. */
	public synchronized DataSource dataSource() {
		if (this.dataSource == null) {
			this.dataSource = open();
			Flyway.configure()
				.dataSource(this.dataSource)
				.locations("classpath:db/migration/common", "classpath:db/migration/" + this.vendor)
				.load()
				.migrate();
		}
		return this.dataSource;
	}

	private DataSource open() {
		if (this.opener != null) {
			return this.opener.get();
		}
		this.schema = PostgresTestDatabase.createSchema();
		return new SimpleDriverDataSource(new org.postgresql.Driver(), PostgresTestDatabase.url(this.schema),
				PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD);
	}

	@Override
	public void close() {
		if (this.schema != null) {
			PostgresTestDatabase.dropSchema(this.schema);
		}
	}

}
