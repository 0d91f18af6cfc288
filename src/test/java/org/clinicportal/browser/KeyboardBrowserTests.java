package org.clinicportal.browser;

import java.util.List;
import java.util.UUID;

import org.clinicportal.account.AccessType;
import org.clinicportal.account.PortalTestAccounts;
import org.clinicportal.form.FormRequests;
import org.clinicportal.form.FormsSection;
import org.clinicportal.messaging.MessagesSection;
import org.clinicportal.portal.ProfileSection;
import org.clinicportal.support.Accessibility;
import org.clinicportal.support.Browser;
import org.clinicportal.support.Keyboard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journeys made with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrow keys, typing): no
 * mouse click anywhere. Focus is visible at every step and, after every page change, starts at
 * the heading, the error summary or the field meant to take it.
 */
@ExtendWith(Accessibility.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeyboardBrowserTests {

	private static final String TEMPORARY = "temporary pass phrase 77";

	private static final String CHOSEN = "harbor violet lantern quiet";

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	private WebDriver browser;

	private Keyboard keys;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.get();
		this.keys = new Keyboard(this.browser);
	}

	@Test
	void aPatientSignsInChangesThePasswordFillsAPhq9AndSendsAMessageByKeyboard() {
		var accounts = new PortalTestAccounts(this.context);
		long patient = accounts.patient("Hannah", "Schultz");
		String username = "hannah-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		accounts.create(username, TEMPORARY, true, patient, AccessType.SELF, ProfileSection.KEY, FormsSection.KEY,
				MessagesSection.KEY);
		this.context.getBean(FormRequests.class).request(patient, List.of("phq-9"), null, null);

		this.browser.get(base() + "/portal/login");
		this.keys.assertFocusAtStart();
		this.keys.tabTo("#username").type(username).tabTo("#password").type(TEMPORARY).pressAndWait(Keys.ENTER);

		assertThat(heading()).isEqualTo("Change your password");
		this.keys.tabTo("#newPassword").type("short");
		this.keys.tabTo("#confirmPassword").type("short").tabTo("button[type=submit]").pressAndWait(Keys.ENTER);
		assertThat(this.keys.focused().getDomAttribute("class")).contains("error-summary");
		assertThat(this.keys.focused().getText()).contains("Please correct");
		this.keys.tabTo(".error-summary a").type(Keys.ENTER);
		assertThat(this.keys.focused().getDomAttribute("id")).isEqualTo("newPassword");
		this.keys.type(CHOSEN).tabTo("#confirmPassword").type(CHOSEN);
		this.keys.tabTo("button[type=submit]").pressAndWait(Keys.ENTER);

		this.keys.tabTo("a[href$='/patients/" + patient + "/forms']").pressAndWait(Keys.ENTER);
		this.keys.tabTo("main a[href*='/forms/']").pressAndWait(Keys.ENTER);
		assertThat(heading()).contains("PHQ-9");
		for (int item = 1; item <= 9; item++) {
			// Tab enters each group on its first answer; the arrow keys choose within it
			this.keys.tabTo("#q-phq9-" + item + "-0").type(Keys.ARROW_DOWN);
			if (item < 9) {
				this.keys.type(Keys.ARROW_DOWN);
			}
		}
		this.keys.tabTo("button[value=review]").pressAndWait(Keys.ENTER);
		assertThat(heading()).startsWith("Check your answers");
		this.keys.tabTo("button[type=submit]").pressAndWait(Keys.ENTER);
		assertThat(this.browser.findElement(By.cssSelector(".flash.success")).getText())
			.isEqualTo("Thank you. Your form was submitted to the clinic.");

		this.keys.shiftTabTo("a[href$='/patients/" + patient + "/messages']").pressAndWait(Keys.ENTER);
		this.keys.tabTo("a[href$='/messages/new']").pressAndWait(Keys.ENTER);
		this.keys.tabTo("#pool").type(Keys.ARROW_DOWN);
		this.keys.tabTo("#subject").type("Question about my next visit");
		this.keys.tabTo("#body").type("Can we talk about sleep next time?");
		this.keys.tabTo("button[type=submit]").type(Keys.SPACE);
		new org.openqa.selenium.support.ui.WebDriverWait(this.browser, java.time.Duration.ofSeconds(10))
			.until((driver) -> this.browser.findElement(By.tagName("main")).getText().contains("Can we talk about sleep next time?"));
		this.keys.assertFocusAtStart();
	}

	@Test
	void frontDeskSetsUpAnAccountWithTheWandSavesAndCopiesTheCredentialsByKeyboard() {
		long patient = new PortalTestAccounts(this.context).patient("Jean", "Baptiste");
		Browser.allowClipboard(base());
		this.browser.get(base() + "/staff/login");
		this.keys.assertFocusAtStart();
		this.keys.tabTo("#username").type("frontdesk").tabTo("#password").type("demo test passphrase 42");
		this.keys.pressAndWait(Keys.ENTER);

		this.browser.get(base() + "/staff/patients/" + patient + "/portal-account");
		this.keys.assertFocusAtStart();
		this.keys.tabTo("button.wand").pressAndWait(Keys.ENTER);
		assertThat(this.browser.findElement(By.id("username")).getDomProperty("value")).isEqualTo("jean.baptiste@example.org");
		assertThat(this.browser.findElement(By.id("firstName")).getDomProperty("value")).isEqualTo("Jean");
		assertThat(this.browser.findElement(By.id("lastName")).getDomProperty("value")).isEqualTo("Baptiste");
		this.keys.tabTo("button[value=save]").pressAndWait(Keys.ENTER);

		String password = this.browser.findElement(By.cssSelector("code.password")).getText();
		assertThat(this.keys.focused().getDomAttribute("id")).isEqualTo("credential-message");
		this.keys.chord(Keys.CONTROL, "a").chord(Keys.CONTROL, "c");
		assertThat(Browser.clipboard(this.browser)).contains("jean.baptiste@example.org", password, "/portal");
	}

	private String heading() {
		return this.browser.findElement(By.tagName("h1")).getText();
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
