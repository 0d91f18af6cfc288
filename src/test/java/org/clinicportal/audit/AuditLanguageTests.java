package org.clinicportal.audit;

import java.util.UUID;

import org.clinicportal.support.ClinicPortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** Audit details are kept as a code with arguments and read in each reader's language. */
@ClinicPortalTest
class AuditLanguageTests {

	@Autowired
	private AuditTrail trail;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MockMvc mvc;

	@Test
	void codedDetailIsStoredInEnglishWordsAndShownInTheReadersLanguage() throws Exception {
		String pool = "Pool " + UUID.randomUUID().toString().substring(0, 8);
		this.trail.recordCoded("admin", AuditAction.MESSAGE_POOL_CHANGED, null,
				AuditDetail.of("audit.detail.poolCreated", 77, pool), "127.0.0.1");
		assertThat(this.jdbc.sql("SELECT detail || ' | ' || detail_code || ' | ' || detail_args FROM audit_event"
				+ " WHERE detail LIKE ?").param("%" + pool).query(String.class).single())
			.isEqualTo("pool 77 created: " + pool + " | audit.detail.poolCreated | [\"77\",\"" + pool + "\"]");

		this.mvc.perform(get("/staff/audit").param("action", "MESSAGE_POOL_CHANGED").with(user("admin").roles("ADMIN"))
			.header("Accept-Language", "es"))
			.andExpect(content().string(containsString("grupo 77 creado: " + pool)));
		this.mvc.perform(get("/staff/audit").param("action", "MESSAGE_POOL_CHANGED").with(user("admin").roles("ADMIN"))
			.header("Accept-Language", "en"))
			.andExpect(content().string(containsString("pool 77 created: " + pool)));
	}

	@Test
	void recordsWithoutACodeShowAsStored() throws Exception {
		String words = "kept as written " + UUID.randomUUID().toString().substring(0, 8);
		this.trail.record("admin", AuditAction.MESSAGE_POOL_CHANGED, null, words, "127.0.0.1");
		this.mvc.perform(get("/staff/audit").param("action", "MESSAGE_POOL_CHANGED").with(user("admin").roles("ADMIN"))
			.header("Accept-Language", "es"))
			.andExpect(content().string(containsString(words)));
	}

}
