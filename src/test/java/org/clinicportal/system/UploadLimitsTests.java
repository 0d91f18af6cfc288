package org.clinicportal.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.clinicportal.account.AccessType;
import org.clinicportal.account.PortalTestAccounts;
import org.clinicportal.messaging.MessagesSection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicportal.system.BrowserOverHttp.formToken;

/**
 * A message's files come as multipart: up to 5 files of 10 MB each fit, a larger file is refused by
 * name on the form with the text kept, and a post larger than the container accepts gets a page that
 * says what fits, never a server error or a refused form token. Through a real server, whose
 * container enforces the limits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadLimitsTests {

	private static final int MB = 1024 * 1024;

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcClient jdbc;

	private BrowserOverHttp browser;

	private String form;

	private String token;

	@BeforeEach
	void signIn() throws Exception {
		this.browser = new BrowserOverHttp(this.port, this.context);
		long patient = new PortalTestAccounts(this.context).patient("Tomas", "Ortega");
		this.browser.signInToThePortal(patient, AccessType.AUTHORIZED_REP, MessagesSection.KEY);
		this.form = "/portal/patients/" + patient + "/messages/new";
		this.browser.get(this.form + "?lang=en"); // Tomas's chart says Spanish; the texts below are the English ones
		this.token = formToken(this.browser.get(this.form).body());
	}

	@Test
	void fiveFilesOfTenMegabytesFit() throws Exception {
		var files = new ByteArrayOutputStream();
		for (int i = 0; i < 5; i++) {
			files.write(file("scan" + i + ".pdf", 10 * MB));
		}
		HttpResponse<String> response = send("Five scans", "text", files.toByteArray());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("SELECT SUM(a.size_bytes) FROM message_attachment a JOIN conversation c"
				+ " ON c.id = a.conversation_id WHERE c.subject = 'Five scans'").query(Long.class).single())
			.isEqualTo(50L * MB);
	}

	@Test
	void aFileOverTenMegabytesIsRefusedOnTheFormWithTheTextKept() throws Exception {
		HttpResponse<String> response = send("Large scan", "Typed before choosing the file", file("large.pdf", 20 * MB));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("large.pdf is 20.0 MB; each file can be at most 10 MB.",
				"Typed before choosing the file");
	}

	@Test
	void aPostOverTheLimitGetsAPageSayingWhatFits() throws Exception {
		HttpResponse<String> response = send("Too much", "text", file("huge.pdf", 60 * MB));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("Too much to send at once", "at most 5 files of 10 MB each",
				">Back to the portal</a>")
			.doesNotContain("Exception");
	}

	@Test
	void textOverTheFormPostLimitInAMultipartPostGetsTheSamePage() throws Exception {
		HttpResponse<String> response = send("Long text", "x".repeat(300 * 1024), new byte[0]);
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("at most 5 files of 10 MB each").doesNotContain("Exception");
	}

	/** The message form posted as a browser posts it, with these file parts. */
	private HttpResponse<String> send(String subject, String text, byte[] files) throws Exception {
		var body = new ByteArrayOutputStream();
		field(body, "_csrf", this.token);
		field(body, "pool", this.jdbc.sql("SELECT MIN(id) FROM message_pool").query(String.class).single());
		field(body, "subject", subject);
		field(body, "body", text);
		body.write(files);
		body.write("--boundary--\r\n".getBytes(StandardCharsets.UTF_8));
		return this.browser.post(this.form, "multipart/form-data; boundary=boundary",
				HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
	}

	private static void field(ByteArrayOutputStream body, String name, String value) throws IOException {
		body.write(("--boundary\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
	}

	/** A file part: a PDF of this size. */
	private static byte[] file(String name, int size) throws IOException {
		var part = new ByteArrayOutputStream();
		part.write(("--boundary\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		byte[] content = new byte[size];
		System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 8);
		part.write(content);
		part.write("\r\n".getBytes(StandardCharsets.UTF_8));
		return part.toByteArray();
	}

}
