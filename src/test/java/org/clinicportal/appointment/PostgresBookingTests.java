package org.clinicportal.appointment;

import org.clinicportal.support.ContractDatabase;
import org.clinicportal.support.RequiresPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/** The no-double-booking rule on PostgreSQL, in a schema of its own; skipped when PostgreSQL is not reachable. */
@RequiresPostgres
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresBookingTests extends BookingContract {

	PostgresBookingTests() {
		super(ContractDatabase.postgres());
	}

	@AfterAll
	void dropSchema() {
		database().close();
	}

}
