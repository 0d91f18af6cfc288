package org.clinicportal;

import org.clinicportal.support.ClinicPortalTest;

/** The database contract on the embedded H2 database. */
@ClinicPortalTest
class H2DatabaseTests extends DatabaseContractTests {

}
