package org.clinicportal.system;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/** The shared limits on the embedded H2 database. */
class H2RateLimitsTests extends RateLimitsContract {

	private final JdbcDataSource database = new JdbcDataSource();

	H2RateLimitsTests() {
		this.database.setURL("jdbc:h2:mem:rate-limits-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
		this.database.setUser("sa");
	}

	@Override
	DataSource database() {
		return this.database;
	}

	@Override
	String vendor() {
		return "h2";
	}

}
