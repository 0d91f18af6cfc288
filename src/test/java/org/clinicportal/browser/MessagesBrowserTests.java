package org.clinicportal.browser;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.clinicportal.account.AccessType;
import org.clinicportal.account.PortalTestAccounts;
import org.clinicportal.form.FormsSection;
import org.clinicportal.messaging.MessagesSection;
import org.clinicportal.support.Accessibility;
import org.clinicportal.support.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicportal.support.Browser.byText;
import static org.clinicportal.support.Browser.labelled;

/**
 * Secure messaging end to end: the patient writes with an attachment, the front desk finds it in the
 * inbox and replies, the patient reads the reply; a representative without the permission sees no
 * Messages and gets "not found" at the conversation's address.
 */
@ExtendWith(Accessibility.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MessagesBrowserTests {

	private static final String PASSWORD = "lantern meadow copper finch";

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcClient jdbc;

	private WebDriver browser;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.get();
	}

	@Test
	void patientWritesWithAFileStaffReplyFromTheInboxPatientReadsTheReply() throws IOException {
		var accounts = new PortalTestAccounts(this.context);
		long patient = accounts.patient("Adaeze", "Okafor");
		String self = username("adaeze");
		accounts.create(self, PASSWORD, false, patient, AccessType.SELF, MessagesSection.KEY);
		String rep = username("rep");
		accounts.create(rep, PASSWORD, false, patient, AccessType.AUTHORIZED_REP, FormsSection.KEY);
		String subject = "Insurance card " + UUID.randomUUID().toString().substring(0, 6);

		portalSignIn(self);
		open("/portal/patients/" + patient);
		Browser.clickAndWait(this.browser, this.browser.findElement(By.cssSelector("nav.portal-nav a[href$='/messages']")));
		assertThat(main()).contains("Messages are not for emergencies", "988", "within 2 business days");
		Browser.clickAndWait(this.browser, byText(this.browser, "New message"));
		new Select(labelled(this.browser, "To")).selectByValue(poolId("Front desk and scheduling"));
		labelled(this.browser, "Subject").sendKeys(subject);
		labelled(this.browser, "Message").sendKeys("Here is my new insurance card.");
		WebElement files = labelled(this.browser, "Attachments (optional)");
		files.sendKeys(pdf("too-large.pdf", 11 * 1024 * 1024).toString());
		assertThat(this.browser.findElement(By.id("files-problem")).getText())
			.isEqualTo("too-large.pdf is 11.0 MB; each file can be at most 10 MB.");
		files.clear();
		files.sendKeys(pdf("insurance-card.pdf", 40_000).toString());
		Browser.screenshot(this.browser, "messages-new");
		Browser.clickAndWait(this.browser, byText(this.browser, "Send"));
		assertThat(main()).contains("Your message was sent.", "Here is my new insurance card.", "insurance-card.pdf");
		String conversation = this.browser.getCurrentUrl();

		this.browser.manage().deleteAllCookies();
		staffSignIn("frontdesk");
		Browser.clickAndWait(this.browser, byText(this.browser, "Messages"));
		Browser.clickAndWait(this.browser, byText(this.browser, "Front desk and scheduling"));
		assertThat(this.browser.findElement(By.cssSelector("table")).getText()).contains(subject, "Okafor, Adaeze",
				"Waiting for the clinic");
		Browser.clickAndWait(this.browser, byText(this.browser, subject));
		assertThat(main()).contains("Here is my new insurance card.", "insurance-card.pdf");
		this.browser.findElement(By.cssSelector("#reply textarea")).sendKeys("Thank you, we have updated your file.");
		Browser.screenshot(this.browser, "messages-staff-conversation");
		Browser.clickAndWait(this.browser, this.browser.findElement(By.cssSelector("#reply button[type=submit]")));
		assertThat(main()).contains("Thank you, we have updated your file.", "Waiting for the patient");

		this.browser.manage().deleteAllCookies();
		portalSignIn(self);
		open("/portal/patients/" + patient + "/messages");
		assertThat(this.browser.findElement(By.cssSelector(".conversation-list li.unread")).getText()).contains(subject,
				"New");
		Browser.clickAndWait(this.browser, byText(this.browser, subject));
		assertThat(main()).contains("Thank you, we have updated your file.", "Fran Desmond");
		Browser.screenshot(this.browser, "messages-portal-reply");

		this.browser.manage().deleteAllCookies();
		portalSignIn(rep);
		open("/portal/patients/" + patient);
		assertThat(this.browser.findElements(By.cssSelector("nav.portal-nav a[href$='/messages']"))).isEmpty();
		assertThat(main()).doesNotContain("Messages");
		this.browser.get(conversation);
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
	}

	private String poolId(String name) {
		return this.jdbc.sql("SELECT id FROM message_pool WHERE name = ?").param(name).query(String.class).single();
	}

	/** A file that starts as a PDF does, of this size, in a folder of its own. */
	private static Path pdf(String name, long size) throws IOException {
		Path file = Files.createTempDirectory("messages").resolve(name);
		try (var out = new RandomAccessFile(file.toFile(), "rw")) {
			out.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
			out.setLength(size);
		}
		file.toFile().deleteOnExit();
		return file;
	}

	private static String username(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	private void portalSignIn(String username) {
		open("/portal/login");
		labelled(this.browser, "Username").sendKeys(username);
		labelled(this.browser, "Password").sendKeys(PASSWORD);
		Browser.clickAndWait(this.browser, byText(this.browser, "Sign in"));
	}

	private void staffSignIn(String username) {
		open("/staff/login");
		labelled(this.browser, "Username").sendKeys(username);
		labelled(this.browser, "Password").sendKeys("demo test passphrase 42");
		Browser.clickAndWait(this.browser, byText(this.browser, "Sign in"));
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private String main() {
		return this.browser.findElement(By.tagName("main")).getText();
	}

}
