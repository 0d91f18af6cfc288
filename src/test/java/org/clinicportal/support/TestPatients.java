package org.clinicportal.support;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** New patients for tests, made through the New Patient form, so that a test's records touch no demo patient. */
public final class TestPatients {

	private TestPatients() {
	}

	/** A new patient with this first name and a last name of its own; returns its id. */
	public static long create(MockMvc mvc, JdbcClient jdbc, String firstName) throws Exception {
		String letters = UUID.randomUUID().toString().replaceAll("[^a-z]", "") + "abcdef";
		String lastName = "Test" + letters.substring(0, 6);
		mvc.perform(post("/staff/patients/new").with(user("frontdesk").roles("FRONT_DESK"))
			.with(csrf())
			.param("firstName", firstName)
			.param("lastName", lastName)
			.param("dateOfBirth", "1985-02-03")
			.param("sex", "FEMALE")
			.param("preferredLanguage", "en"));
		return jdbc.sql("SELECT id FROM patient WHERE last_name = ?").param(lastName).query(Long.class).single();
	}

}
