package org.clinicportal.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.clinicportal.account.AccessType;
import org.clinicportal.account.PortalTestAccounts;
import org.clinicportal.appointment.AppointmentsSection;
import org.clinicportal.form.FormsSection;
import org.clinicportal.messaging.MessagesSection;
import org.clinicportal.portal.ProfileSection;
import org.clinicportal.support.Accessibility;
import org.clinicportal.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.1's reflow: at 320 CSS pixels wide (a 1280-pixel screen at 400 % zoom) no page of the
 * portal or of the staff's daily work scrolls sideways; wide tables scroll inside their own box.
 */
@ExtendWith(Accessibility.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReflowBrowserTests {

	private static final String PASSWORD = "narrow screen pass phrase";

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	private WebDriver browser;

	private final List<String> tooWide = new ArrayList<>();

	@BeforeEach
	void narrowBrowser() {
		this.browser = Browser.get();
		Browser.emulateWidth(320);
	}

	@AfterEach
	void wideAgain() {
		Browser.stopEmulating();
	}

	@Test
	void portalPagesFitThreeHundredTwentyPixels() {
		var accounts = new PortalTestAccounts(this.context);
		long patient = accounts.patient("Noah", "Fischer");
		String username = "noah-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		accounts.create(username, PASSWORD, false, patient, AccessType.SELF, ProfileSection.KEY, FormsSection.KEY,
				MessagesSection.KEY, AppointmentsSection.KEY);
		check("/portal/login");
		Browser.signIn(this.browser, base() + "/portal/login", username, PASSWORD);
		String record = "/portal/patients/" + patient;
		for (String page : List.of(record, record + "/profile", record + "/forms", record + "/messages",
				record + "/messages/new", record + "/appointments", "/portal/security", "/portal/password")) {
			check(page);
		}
		assertThat(this.tooWide).isEmpty();
	}

	@Test
	void staffPagesFitThreeHundredTwentyPixels() {
		long patient = new PortalTestAccounts(this.context).patient("Ana", "Rivera");
		check("/staff/login");
		Browser.signIn(this.browser, base() + "/staff/login", "admin", "admin test passphrase 42");
		String chart = "/staff/patients/" + patient;
		for (String page : List.of("/staff/patients", chart, chart + "/demographics", chart + "/portal-account",
				chart + "/forms", chart + "/messages/new", chart + "/appointments/new", "/staff/portal-users",
				"/staff/schedule", "/staff/messages", "/staff/forms/inbox", "/staff/users", "/staff/audit",
				"/staff/outbox", "/staff/security")) {
			check(page);
		}
		assertThat(this.tooWide).isEmpty();
	}

	private void check(String path) {
		this.browser.get(base() + path);
		assertThat(this.browser.findElements(org.openqa.selenium.By.cssSelector(".error-page"))).as(path).isEmpty();
		assertThat(this.browser.getCurrentUrl()).as("not sent elsewhere").endsWith(path);
		var page = (JavascriptExecutor) this.browser;
		long window = (Long) page.executeScript("return document.documentElement.clientWidth");
		long content = (Long) page.executeScript("return document.documentElement.scrollWidth");
		assertThat(window).as("the page's width").isLessThanOrEqualTo(320);
		if (content > window) {
			Browser.screenshot(this.browser, "reflow" + path.replace('/', '-'));
			this.tooWide.add(path + " is " + content + " px wide on a " + window + " px screen: "
					+ page.executeScript("""
							const edge = document.documentElement.clientWidth + 1;
							const wide = (e) => e.getBoundingClientRect().right > edge;
							return [...document.querySelectorAll('body *')]
							  .filter((e) => wide(e) && !wide(e.parentElement))
							  .slice(0, 3).map((e) => e.tagName + (e.className ? '.' + e.className : '')
							    + ' in ' + e.parentElement.tagName + (e.parentElement.className ? '.' + e.parentElement.className : '')).join(', ');
							"""));
		}
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
