package org.clinicportal.browser;

import java.util.List;
import java.util.UUID;

import org.clinicportal.account.AccessType;
import org.clinicportal.portal.ProfileSection;
import org.clinicportal.form.FormsSection;
import org.clinicportal.account.PortalTestAccounts;
import org.clinicportal.form.FormRequests;
import org.clinicportal.support.Accessibility;
import org.clinicportal.support.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicportal.support.Browser.byText;
import static org.clinicportal.support.Browser.labelled;

/** Request Forms end to end: a clinician asks for a PHQ-9, the patient completes it, the clinician sees the result. */
@ExtendWith(Accessibility.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormsBrowserTests {

	private static final String PASSWORD = "harbor violet canyon drum";

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	private WebDriver browser;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.get();
	}

	@Test
	void clinicianRequestsPhq9PatientCompletesItClinicianSeesScoreBandAndFlag() {
		var accounts = new PortalTestAccounts(this.context);
		long patient = accounts.patient("Linh", "Nguyen");
		String username = "linh-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		accounts.create(username, PASSWORD, false, patient, AccessType.SELF, ProfileSection.KEY, FormsSection.KEY);

		staffSignIn();
		open("/staff/patients/" + patient);
		Browser.clickAndWait(this.browser, byText(this.browser, "Request Forms"));
		labelled(this.browser, "PHQ-9").click();
		Browser.screenshot(this.browser, "forms-request");
		Browser.clickAndWait(this.browser, byText(this.browser, "Request"));
		assertThat(this.browser.findElement(By.cssSelector(".flash.success")).getText()).contains("Requested: PHQ-9.");

		this.browser.manage().deleteAllCookies();
		portalSignIn(username);
		open("/portal/patients/" + patient + "/forms");
		Browser.clickAndWait(this.browser, byText(this.browser, "PHQ-9"));
		for (int item = 1; item <= 8; item++) {
			answer(item, "More than half the days");
		}
		answer(9, "Several days");
		Browser.screenshot(this.browser, "forms-fill");
		Browser.clickAndWait(this.browser, byText(this.browser, "Review and submit"));
		assertThat(heading()).startsWith("Check your answers");
		Browser.clickAndWait(this.browser, byText(this.browser, "Submit"));
		assertThat(this.browser.findElement(By.cssSelector(".flash.success")).getText())
			.isEqualTo("Thank you. Your form was submitted to the clinic.");
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Your submitted answers");

		this.browser.manage().deleteAllCookies();
		staffSignIn();
		open("/staff/patients/" + patient + "/forms");
		String row = this.browser.findElement(By.cssSelector("tr.flagged-row")).getText();
		assertThat(row).contains("PHQ-9", "Completed", "17", "Moderately severe", "Needs attention");
		Browser.clickAndWait(this.browser, byText(this.browser, "Open"));
		assertThat(this.browser.findElement(By.cssSelector(".flag-banner")).getText())
			.contains("Thoughts of death or self-harm (item 9)");
		Browser.screenshot(this.browser, "forms-submission");
		Browser.clickAndWait(this.browser, byText(this.browser, "Mark reviewed"));
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Reviewed by clinician");
	}

	@Test
	void formThatLeftTheCatalogueSaysItIsNoLongerAvailable() {
		var accounts = new PortalTestAccounts(this.context);
		long patient = accounts.patient("Bao", "Nguyen");
		String username = "bao-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		accounts.create(username, PASSWORD, false, patient, AccessType.AUTHORIZED_REP, FormsSection.KEY);
		long request = this.context.getBean(FormRequests.class)
			.request(patient, List.of("gad-7"), null, null)
			.requestIds()
			.get(0);
		// As if the clinic had removed the form's file since the request was made.
		this.context.getBean(JdbcClient.class)
			.sql("UPDATE form_request SET form_key = 'retired-form' WHERE id = ?")
			.param(request)
			.update();

		portalSignIn(username);
		open("/portal/patients/" + patient + "/forms");
		Browser.clickAndWait(this.browser, byText(this.browser, "GAD-7"));
		assertThat(heading()).isEqualTo("No longer available");
		assertThat(this.browser.findElement(By.tagName("main")).getText())
			.contains("This form is no longer in the clinic's catalogue");
	}

	private void answer(int item, String option) {
		this.browser.findElement(By.xpath("//fieldset[@id='q-phq9-" + item + "']//label[normalize-space()='" + option
				+ "']")).click();
	}

	private void portalSignIn(String username) {
		Browser.signIn(this.browser, "http://localhost:" + this.port + "/portal/login", username, PASSWORD);
	}

	private void staffSignIn() {
		Browser.signIn(this.browser, "http://localhost:" + this.port + "/staff/login", "clinician", "demo test passphrase 42");
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private String heading() {
		return this.browser.findElement(By.tagName("h1")).getText();
	}

}
