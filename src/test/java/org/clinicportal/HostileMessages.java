package org.clinicportal;

import jakarta.servlet.http.Cookie;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The messaging records of {@link HostileTargets}: the hostile administrator as a staff user in every
 * message pool (pools are joined by stored staff users, whoever signs in), a pool of its own among
 * them so that hostile names rename no pool other tests use, and a conversation of the hostile patient
 * with an attachment.
 */
final class HostileMessages {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

	final long pool;

	final long conversation;

	final long attachment;

	HostileMessages(MockMvc mvc, JdbcClient jdbc, long patient, Cookie portal) throws Exception {
		mvc.perform(post("/staff/users/new").with(HostileTargets.STAFF).with(csrf())
			.param("username", "hostile-admin")
			.param("fullName", "Hostile Admin")
			// the request's roles come from HostileTargets.STAFF; as a stored administrator it would keep
			// the demo's admin from being the last one, which StaffUsersControllerTests relies on
			.param("roles", "FRONT_DESK"));
		mvc.perform(post("/staff/message-pools").with(HostileTargets.STAFF).with(csrf()).param("name", "Hostile pool"));
		this.pool = jdbc.sql("SELECT id FROM message_pool WHERE name = 'Hostile pool'").query(Long.class).single();
		jdbc.sql("INSERT INTO message_pool_member (pool_id, staff_user_id) SELECT p.id, s.id FROM message_pool p,"
				+ " staff_user s WHERE s.username = 'hostile-admin' AND NOT EXISTS (SELECT 1 FROM message_pool_member m"
				+ " WHERE m.pool_id = p.id AND m.staff_user_id = s.id)")
			.update();
		mvc.perform(multipart("/portal/patients/{p}/messages/new", patient)
			.file(new MockMultipartFile("files", "hostile.png", "image/png", PNG))
			.cookie(portal)
			.with(csrf())
			.param("pool", String.valueOf(this.pool))
			.param("subject", "Hostile subject")
			.param("body", "Hostile body"));
		this.conversation = jdbc.sql("SELECT id FROM conversation WHERE patient_id = ?")
			.param(patient)
			.query(Long.class)
			.single();
		this.attachment = jdbc.sql("SELECT id FROM message_attachment WHERE conversation_id = ?")
			.param(this.conversation)
			.query(Long.class)
			.single();
	}

}
