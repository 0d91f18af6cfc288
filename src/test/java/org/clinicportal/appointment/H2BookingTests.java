package org.clinicportal.appointment;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/** The no-double-booking rule on the embedded H2 database. */
class H2BookingTests extends BookingContract {

	private final JdbcDataSource database = new JdbcDataSource();

	H2BookingTests() {
		this.database.setURL("jdbc:h2:mem:bookings-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
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
