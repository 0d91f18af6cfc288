package org.clinicportal.system;

import org.clinicportal.support.ContractDatabase;

/** The shared limits on the embedded H2 database. */
class H2RateLimitsTests extends RateLimitsContract {

	H2RateLimitsTests() {
		super(ContractDatabase.h2("rate-limits"));
	}

}
