package org.clinicportal.messaging;

import org.clinicportal.support.ClinicPortalTest;

/** The messaging contract on the embedded H2 database. */
@ClinicPortalTest
class H2MessagingTests extends MessagingContractTests {

}
