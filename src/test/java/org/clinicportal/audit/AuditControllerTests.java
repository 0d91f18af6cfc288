package org.clinicportal.audit;

import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ClinicPortalTest
class AuditControllerTests {

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AuditTrail trail;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void onlyAdministratorsSeeTheAuditTrail() throws Exception {
		this.mvc.perform(get("/staff/audit").with(user("frontdesk").roles("FRONT_DESK"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/staff/audit/export.csv").with(user("clinician").roles("CLINICIAN")))
			.andExpect(status().isForbidden());
	}

	@Test
	void auditTrailIsFilteredByUserAndAction() throws Exception {
		this.transactions.executeWithoutResult((tx) -> {
			this.trail.record("filter-user", AuditAction.STAFF_SIGN_IN_FAILED, null, "reason: BadCredentialsException",
					"10.1.2.3");
			this.trail.record("filter-user", AuditAction.STAFF_SIGN_OUT, null, null, "10.1.2.3");
		});
		this.mvc.perform(get("/staff/audit").param("user", "filter-user").param("action", "STAFF_SIGN_IN_FAILED").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Staff sign-in failed")))
			.andExpect(content().string(containsString("10.1.2.3")))
			.andExpect(content().string(not(containsString("<td>Staff signed out</td>"))));
	}

	@Test
	void auditTrailIsFilteredByPatientMrn() throws Exception {
		long patientId = this.jdbc.sql("SELECT id FROM patient WHERE mrn = '1000001'").query(Long.class).single();
		this.transactions.executeWithoutResult((tx) -> this.trail.record("mrn-filter", AuditAction.PATIENT_VIEWED,
				patientId, "dashboard", "127.0.0.1"));
		this.mvc.perform(get("/staff/audit").param("patient", "1000001").with(ADMIN))
			.andExpect(content().string(containsString("mrn-filter")))
			.andExpect(content().string(containsString("1000001 · Rivera, Ana")));
	}

	@Test
	void unknownMrnInFilterSaysSo() throws Exception {
		this.mvc.perform(get("/staff/audit").param("patient", "0000000").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No patient has the MRN 0000000.")));
	}

	@Test
	void unreadableFilterValuesAreRefusedPolitely() throws Exception {
		this.mvc.perform(get("/staff/audit").param("from", "yesterday").param("action", "NOPE").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Some filter values could not be read")));
	}

	@Test
	void datesBeyondYear9999AreRefusedPolitelyOnThePageAndInTheExport() throws Exception {
		this.mvc.perform(get("/staff/audit").param("from", "+999999999-12-31").param("to", "+999999999-12-31").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Some filter values could not be read")));
		this.mvc.perform(get("/staff/audit/export.csv").param("to", "+999999999-12-31").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("id,time,user,action,patient_id,detail,address\r\n")));
	}

	@Test
	void pageFarPastTheEndIsAnEmptyPageWithAWayBackToTheFirst() throws Exception {
		this.mvc.perform(get("/staff/audit").param("user", "admin").param("page", String.valueOf(Integer.MAX_VALUE))
			.with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This page is past the end of the list.")))
			.andExpect(content().string(containsString("page=0\">First page</a>")));
	}

	@Test
	void exportIsCsvOfTheFilterNeutralisesFormulasAndIsItselfAudited() throws Exception {
		this.transactions.executeWithoutResult((tx) -> this.trail.record("csv-user", AuditAction.STAFF_SIGN_IN_FAILED,
				null, "=cmd|' /C calc'!A0, \"quoted\"", "127.0.0.1"));
		this.mvc.perform(get("/staff/audit/export.csv").param("user", "csv-user").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("text/csv")))
			.andExpect(content().string(startsWith("id,time,user,action,patient_id,detail,address\r\n")))
			.andExpect(content().string(containsString(",csv-user,STAFF_SIGN_IN_FAILED,,\"'=cmd|' /C calc'!A0, \"\"quoted\"\"\",")));
		this.mvc.perform(get("/staff/audit").param("action", "AUDIT_EXPORTED").with(ADMIN))
			.andExpect(content().string(containsString("user=csv-user")));
	}

}
