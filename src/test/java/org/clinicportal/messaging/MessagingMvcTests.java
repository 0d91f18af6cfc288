package org.clinicportal.messaging;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** What the Messages page tests stand on: the application through MockMvc, its fixtures, a new patient each. */
abstract class MessagingMvcTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	MessagingFixtures fixtures;

	/** A patient of the test's own, so that its conversations are the test's alone. */
	long patient;

	@BeforeEach
	void newPatient() throws Exception {
		this.fixtures = new MessagingFixtures(this.mvc, this.context);
		this.patient = this.fixtures.patient(patientFirstName());
	}

	/** The first name of the tests' patients, as their pages show it. */
	abstract String patientFirstName();

}
