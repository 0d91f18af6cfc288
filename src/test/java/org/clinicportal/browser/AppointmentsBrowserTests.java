package org.clinicportal.browser;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import org.clinicportal.account.AccessType;
import org.clinicportal.account.PortalTestAccounts;
import org.clinicportal.appointment.AppointmentsSection;
import org.clinicportal.support.Accessibility;
import org.clinicportal.support.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicportal.support.Browser.byText;
import static org.clinicportal.support.Browser.labelled;

/**
 * Appointments end to end: front desk books from the chart, the patient's representative sees it,
 * downloads its calendar file and cancels it, the Schedule shows the cancellation; the representative
 * requests an appointment, front desk sees the request and books it.
 */
@ExtendWith(Accessibility.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AppointmentsBrowserTests {

	private static final String PASSWORD = "orchard lantern pebble cello";

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
	void bookedFromTheChartSeenDownloadedAndCancelledInThePortalThenRequestedAndBooked() {
		var accounts = new PortalTestAccounts(this.context);
		long patient = accounts.patient("Ruth", "Abernathy");
		String username = "ruth-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		accounts.create(username, PASSWORD, false, patient, AccessType.AUTHORIZED_REP, AppointmentsSection.KEY);
		LocalDate monday = LocalDate.now().plusWeeks(30).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

		staffSignIn();
		open("/staff/patients/" + patient);
		Browser.clickAndWait(this.browser, byText(this.browser, "Book appointment"));
		new Select(labelled(this.browser, "Type")).selectByVisibleText("Psychotherapy (50 min)");
		setDate(monday);
		Browser.clickAndWait(this.browser, byText(this.browser, "Find free times"));
		labelled(this.browser, "10:00").click();
		Browser.screenshot(this.browser, "appointments-book");
		Browser.clickAndWait(this.browser, byText(this.browser, "Book"));
		assertThat(flash()).startsWith("Booked: Psychotherapy with Dr. Casey Lin on ");

		this.browser.manage().deleteAllCookies();
		portalSignIn(username);
		open("/portal/patients/" + patient + "/appointments");
		String main = this.browser.findElement(By.tagName("main")).getText();
		assertThat(main).contains("10:00", "with Dr. Casey Lin", "Times are in the clinic's time zone");
		String calendar = (String) ((JavascriptExecutor) this.browser).executeAsyncScript(
				"const done = arguments[arguments.length - 1];"
						+ "fetch(document.querySelector('a[download]').href).then((r) => r.text()).then(done, (e) => done('' + e));");
		assertThat(calendar).contains("BEGIN:VCALENDAR", "DTSTART").doesNotContain("Psychotherapy");
		Browser.screenshot(this.browser, "appointments-portal");
		Browser.clickAndWait(this.browser, byText(this.browser, "Cancel"));
		Browser.clickAndWait(this.browser, byText(this.browser, "Yes, cancel it"));
		assertThat(flash()).isEqualTo("The appointment was cancelled. The clinic has been told.");

		Browser.clickAndWait(this.browser, byText(this.browser, "Request an appointment"));
		new Select(labelled(this.browser, "Type of visit")).selectByVisibleText("Intake");
		labelled(this.browser, "Tuesday").click();
		labelled(this.browser, "Morning (before noon)").click();
		this.browser.findElement(By.id("note")).sendKeys("A morning before work, please.");
		Browser.clickAndWait(this.browser, byText(this.browser, "Send request"));
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Waiting for the clinic");

		this.browser.manage().deleteAllCookies();
		staffSignIn();
		open("/staff/schedule?date=" + monday);
		assertThat(this.browser.findElement(By.cssSelector(".visit.status-cancelled")).getText())
			.contains("Abernathy, Ruth", "Cancelled");
		var request = this.browser.findElement(By.xpath("//tr[td[contains(., 'A morning before work, please.')]]"));
		assertThat(request.getText()).contains("Abernathy, Ruth", "Intake", "Tuesday");
		Browser.screenshot(this.browser, "appointments-schedule");
		Browser.clickAndWait(this.browser, request.findElement(By.linkText("Book")));
		setDate(monday.plusDays(1));
		Browser.clickAndWait(this.browser, byText(this.browser, "Find free times"));
		labelled(this.browser, "09:00").click();
		Browser.clickAndWait(this.browser, byText(this.browser, "Book"));
		assertThat(flash()).startsWith("Booked: Intake with Dr. Casey Lin on ");

		this.browser.manage().deleteAllCookies();
		portalSignIn(username);
		open("/portal/patients/" + patient + "/appointments");
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("09:00", "Intake", "Booked");
	}

	private void setDate(LocalDate date) {
		((JavascriptExecutor) this.browser).executeScript("arguments[0].value = arguments[1];",
				this.browser.findElement(By.id("date")), date.toString());
	}

	private String flash() {
		return this.browser.findElement(By.cssSelector(".flash.success")).getText();
	}

	private void portalSignIn(String username) {
		Browser.signIn(this.browser, "http://localhost:" + this.port + "/portal/login", username, PASSWORD);
	}

	private void staffSignIn() {
		Browser.signIn(this.browser, "http://localhost:" + this.port + "/staff/login", "frontdesk", "demo test passphrase 42");
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

}
