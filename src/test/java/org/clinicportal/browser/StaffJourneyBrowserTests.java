package org.clinicportal.browser;

import org.clinicportal.support.Accessibility;
import org.clinicportal.support.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicportal.support.Browser.byText;
import static org.clinicportal.support.Browser.labelled;

/** A front-desk day in a real browser: sign in, find a patient, edit the chart, reach the portal account. */
@ExtendWith(Accessibility.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffJourneyBrowserTests {

	@LocalServerPort
	private int port;

	private WebDriver browser;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.get();
	}

	@Test
	void frontDeskFindsPatientEditsDemographicsAndReachesPortalAccountBothWays() {
		signIn("frontdesk", "demo test passphrase 42");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Patients");

		labelled(this.browser, "Search").sendKeys("rivera");
		Browser.clickAndWait(this.browser, byText(this.browser, "Search"));
		Browser.screenshot(this.browser, "patient-list");
		assertThat(this.browser.findElement(By.tagName("tbody")).getText()).contains("Rivera, Sofia")
			.doesNotContain("Nguyen");
		Browser.clickAndWait(this.browser, byText(this.browser, "Rivera, Sofia"));

		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Rivera, Sofia");
		Browser.screenshot(this.browser, "patient-dashboard");
		Browser.clickAndWait(this.browser, byText(this.browser, "Configure Account"));
		assertThat(this.browser.getPageSource()).contains("Patient Portal Account Setup");
		this.browser.navigate().back();

		Browser.clickAndWait(this.browser, byText(this.browser, "Demographics"));
		Browser.screenshot(this.browser, "patient-demographics");
		var phone = labelled(this.browser, "Phone");
		phone.clear();
		phone.sendKeys("(555) 123-4567");
		Browser.clickAndWait(this.browser, byText(this.browser, "Save"));
		assertThat(this.browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Demographics saved.");
		assertThat(labelled(this.browser, "Phone").getDomProperty("value")).isEqualTo("(555) 123-4567");

		Browser.clickAndWait(this.browser, byText(this.browser, "Patient Portal Account"));
		assertThat(this.browser.findElement(By.tagName("h2")).getText()).isEqualTo("Patient Portal Account Setup");
		assertThat(this.browser.getPageSource()).contains("This patient has no portal accounts yet.");
	}

	@Test
	void demographicsWithMistakesShowMessagesBesideTheFieldsAndKeepWhatWasTyped() {
		signIn("frontdesk", "demo test passphrase 42");
		Browser.clickAndWait(this.browser, byText(this.browser, "New Patient"));
		labelled(this.browser, "First name").sendKeys("Robin");
		labelled(this.browser, "Email").sendKeys("robin-at-example");
		Browser.clickAndWait(this.browser, byText(this.browser, "Create Patient"));
		assertThat(this.browser.findElement(By.id("lastName-error")).getText()).isEqualTo("Please fill this in.");
		assertThat(this.browser.findElement(By.id("email-error")).getText()).contains("email address");
		assertThat(labelled(this.browser, "First name").getDomProperty("value")).isEqualTo("Robin");
	}

	@Test
	void administratorFindsChartViewsInTheAuditTrailByMrn() {
		signIn("admin", "admin test passphrase 42");
		labelled(this.browser, "Search").sendKeys("Nguyen, Bao");
		Browser.clickAndWait(this.browser, byText(this.browser, "Search"));
		Browser.clickAndWait(this.browser, byText(this.browser, "Nguyen, Bao"));
		String mrn = this.browser.findElement(By.cssSelector(".subtitle")).getText().replaceAll("^MRN (\\d+).*", "$1");

		Browser.clickAndWait(this.browser, byText(this.browser, "Audit Trail"));
		labelled(this.browser, "Patient MRN").sendKeys(mrn);
		Browser.clickAndWait(this.browser, byText(this.browser, "Filter"));
		Browser.screenshot(this.browser, "audit-trail");
		var rows = this.browser.findElement(By.tagName("tbody")).getText();
		assertThat(rows).contains("admin", "Chart viewed", mrn + " · Nguyen, Bao").doesNotContain("Rivera");
	}

	@Test
	void wrongPasswordSaysInvalidUsernameOrPassword() {
		this.browser.get("http://localhost:" + this.port + "/staff/login");
		this.browser.manage().deleteAllCookies();
		this.browser.navigate().refresh();
		// the sign-in page keeps its form token in a cookie and starts no session
		assertThat(this.browser.manage().getCookieNamed("SESSION")).isNull();
		assertThat(this.browser.manage().getCookieNamed("STAFF-FORM-TOKEN")).isNotNull();
		signIn("frontdesk", "not my password");
		assertThat(this.browser.findElement(By.cssSelector("[role=alert]")).getText())
			.isEqualTo("Invalid username or password");
	}

	@Test
	void aNewStaffUserSignsInWithTheTemporaryPasswordTypedExactlyAsShown() {
		signIn("admin", "admin test passphrase 42");
		Browser.clickAndWait(this.browser, byText(this.browser, "Staff Users"));
		Browser.clickAndWait(this.browser, byText(this.browser, "New Staff User"));
		labelled(this.browser, "Username").sendKeys("newdesk");
		labelled(this.browser, "Full name").sendKeys("Nell Desk");
		this.browser.findElement(By.xpath("//label[span='Front desk']/input")).click();
		Browser.clickAndWait(this.browser, byText(this.browser, "Save"));
		String shown = this.browser.findElement(By.cssSelector("code.password")).getText();
		assertThat(shown).matches("\\w{4}-\\w{4}-\\w{4}-\\w{4}");
		Browser.clickAndWait(this.browser, byText(this.browser, "Sign out"));

		signIn("newdesk", shown);
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Change your password");
		labelled(this.browser, "Current password").sendKeys(shown);
		labelled(this.browser, "New password").sendKeys("copper lantern meadow finch");
		labelled(this.browser, "Confirm new password").sendKeys("copper lantern meadow finch");
		Browser.clickAndWait(this.browser, this.browser.findElement(By.cssSelector("main button[type=submit]")));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Patients");
		assertThat(this.browser.findElement(By.tagName("body")).getDomAttribute("data-idle-seconds")).isEqualTo("900");
	}

	private void signIn(String username, String password) {
		this.browser.get("http://localhost:" + this.port + "/staff/login");
		labelled(this.browser, "Username").sendKeys(username);
		labelled(this.browser, "Password").sendKeys(password);
		Browser.clickAndWait(this.browser, byText(this.browser, "Sign in"));
	}

}
