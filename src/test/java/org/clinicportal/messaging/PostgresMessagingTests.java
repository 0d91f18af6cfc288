package org.clinicportal.messaging;

import org.clinicportal.support.ClinicPortalTest;
import org.clinicportal.support.PostgresTestProperties;
import org.clinicportal.support.RequiresPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The messaging contract on PostgreSQL, in a schema of its own; skipped when PostgreSQL is not reachable. */
@RequiresPostgres
@ClinicPortalTest
@DirtiesContext
class PostgresMessagingTests extends MessagingContractTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresTestProperties.register(registry);
	}

	@Autowired
	private JdbcClient jdbc;

	@Test
	void databaseRefusesToChangeASentMessageOrItsFile() throws Exception {
		long message = sentMessage();
		assertThatThrownBy(() -> this.jdbc.sql("UPDATE message SET body = 'changed' WHERE id = ?").param(message).update())
			.hasMessageContaining("a sent message cannot be changed");
		assertThatThrownBy(() -> this.jdbc.sql("UPDATE message_attachment SET filename = 'other.png' WHERE message_id = ?")
			.param(message)
			.update()).hasMessageContaining("a sent message cannot be changed");
		assertThatThrownBy(() -> this.jdbc.sql("UPDATE message_attachment_chunk SET seq = 5 WHERE attachment_id IN"
				+ " (SELECT id FROM message_attachment WHERE message_id = ?)")
			.param(message)
			.update()).hasMessageContaining("a sent message cannot be changed");
	}

}
