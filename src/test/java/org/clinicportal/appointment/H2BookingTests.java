package org.clinicportal.appointment;

import org.clinicportal.support.ContractDatabase;

/** The no-double-booking rule on the embedded H2 database. */
class H2BookingTests extends BookingContract {

	H2BookingTests() {
		super(ContractDatabase.h2("bookings"));
	}

}
