package org.clinicportal.browser;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.clinicportal.account.AccessType;
import org.clinicportal.account.PortalTestAccounts;
import org.clinicportal.ClinicPortalApplication;
import org.clinicportal.support.AuthenticatorApp;
import org.clinicportal.support.Accessibility;
import org.clinicportal.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicportal.support.Browser.byText;
import static org.clinicportal.support.Browser.labelled;

/**
 * Two-step sign-in in a real browser: an authenticator app with codes computed here, recovery codes,
 * and a passkey made by Chromium's virtual authenticator, enrolled through one app node and used to
 * sign in through another on the same database. Passkeys need fixed addresses (the relying party
 * checks the origin), hence the fixed ports.
 */
@ExtendWith(Accessibility.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		properties = { "server.port=18765", "clinic.two-step.passkey-origins=http://localhost:18765" })
class TwoStepBrowserTests {

	private static final String NODE = "http://localhost:18765";

	private static final String OTHER_NODE = "http://localhost:18766";

	private static final String PASSWORD = "cedar lantern orbit mosaic";

	private static ConfigurableApplicationContext otherNode;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcClient jdbc;

	private WebDriver browser;

	private PortalTestAccounts accounts;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.get();
		this.accounts = new PortalTestAccounts(this.context);
	}

	@AfterAll
	static void stopOtherNode() {
		if (otherNode != null) {
			otherNode.close();
		}
	}

	@Test
	void anAppIsEnrolledThenAWrongCodeIsRefusedTheRightOneTakenAndARecoveryCodeWorksOnce() {
		String username = account();
		long accountId = this.jdbc.sql("SELECT id FROM portal_account WHERE username = ?").param(username)
			.query(Long.class).single();
		signIn(NODE, username);
		this.browser.get(NODE + "/portal/security");
		Browser.clickAndWait(this.browser, byText(this.browser, "Set up an authenticator app"));
		assertThat(this.browser.findElements(By.cssSelector(".qr svg"))).hasSize(1);
		var app = new AuthenticatorApp(this.jdbc, "portal:" + accountId);
		labelled(this.browser, "6-digit code").sendKeys(app.code());
		Browser.clickAndWait(this.browser, byText(this.browser, "Confirm"));
		List<String> codes = this.browser.findElements(By.cssSelector(".recovery-codes code"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(codes).hasSize(10);
		Browser.screenshot(this.browser, "two-step-recovery-codes");
		Browser.clickAndWait(this.browser, byText(this.browser, "Sign out"));

		signIn(NODE, username);
		assertThat(heading()).isEqualTo("Second step");
		labelled(this.browser, "Code from your authenticator app").sendKeys("123456");
		Browser.clickAndWait(this.browser, byText(this.browser, "Continue"));
		assertThat(this.browser.getPageSource()).contains("That code is not right");
		labelled(this.browser, "Code from your authenticator app").sendKeys(app.nextCode());
		Browser.clickAndWait(this.browser, byText(this.browser, "Continue"));
		assertThat(this.browser.getCurrentUrl()).contains("/portal/patients/");
		Browser.clickAndWait(this.browser, byText(this.browser, "Sign out"));

		for (int attempt = 0; attempt < 2; attempt++) {
			signIn(NODE, username);
			this.browser.findElement(By.tagName("summary")).click();
			labelled(this.browser, "Recovery code").sendKeys(codes.get(0));
			Browser.clickAndWait(this.browser, this.browser.findElement(By.xpath("//details//button")));
			if (attempt == 0) {
				assertThat(heading()).as("signed in, shown the Security page").isEqualTo("Security");
				Browser.clickAndWait(this.browser, byText(this.browser, "Sign out"));
			}
			else {
				assertThat(this.browser.getPageSource()).as("the same code twice").contains("That code is not right");
			}
		}
	}

	@Test
	void aPasskeyAddedThroughOneNodeSignsInThroughAnotherWithoutAUsername() {
		startOtherNode();
		String username = account();
		var authenticator = Browser.addPasskeyAuthenticator();
		try {
			signIn(NODE, username);
			this.browser.get(NODE + "/portal/security");
			labelled(this.browser, "Name for a new passkey").sendKeys("Phone");
			WebElement page = this.browser.findElement(By.tagName("html"));
			byText(this.browser, "Add a passkey").click();
			new WebDriverWait(this.browser, Duration.ofSeconds(10)).until((b) -> b.getCurrentUrl().contains("added"));
			assertThat(this.browser.findElements(By.cssSelector(".recovery-codes code"))).as("codes for a lost phone")
				.hasSize(10);
			this.browser.get(NODE + "/portal/security");
			assertThat(this.browser.findElement(By.tagName("tbody")).getText()).contains("Phone");
			Browser.clickAndWait(this.browser, byText(this.browser, "Sign out"));

			this.browser.get(OTHER_NODE + "/portal/login");
			byText(this.browser, "Sign in with a passkey").click();
			new WebDriverWait(this.browser, Duration.ofSeconds(10))
				.until((b) -> b.getCurrentUrl().startsWith(OTHER_NODE + "/portal/patients/"));
			Browser.screenshot(this.browser, "two-step-passkey-signed-in");
			assertThat(this.jdbc.sql("SELECT detail FROM audit_event WHERE action = 'PORTAL_SIGN_IN' ORDER BY id DESC")
				.query(String.class)
				.list()).first().isEqualTo("with a passkey");
			assertThat(page).isNotNull();
		}
		finally {
			Browser.removeAuthenticator(authenticator);
		}
	}

	private void startOtherNode() {
		if (otherNode == null) {
			// the URL as the first node resolved it (its test settings name a random database)
			String database = this.context.getBean(com.zaxxer.hikari.HikariDataSource.class).getJdbcUrl();
			otherNode = new SpringApplicationBuilder(ClinicPortalApplication.class).run(
					"--spring.datasource.url=" + database, "--server.port=18766", "--clinic.demo=false",
					"--clinic.two-step.passkey-origins=" + OTHER_NODE, "--spring.main.banner-mode=off");
		}
	}

	private String account() {
		String username = "twostep-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		this.accounts.create(username, PASSWORD, false, this.accounts.patient("Linh", "Nguyen"),
				AccessType.AUTHORIZED_REP, "FORMS");
		return username;
	}

	private void signIn(String node, String username) {
		this.browser.get(node + "/portal/login");
		labelled(this.browser, "Username").sendKeys(username);
		labelled(this.browser, "Password").sendKeys(PASSWORD);
		Browser.clickAndWait(this.browser, byText(this.browser, "Sign in"));
	}

	private String heading() {
		return this.browser.findElement(By.tagName("h1")).getText();
	}

}
