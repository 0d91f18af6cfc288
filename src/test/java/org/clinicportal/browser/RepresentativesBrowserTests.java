package org.clinicportal.browser;

import org.clinicportal.account.Relationship;
import org.clinicportal.account.RepresentativeBasis;
import org.clinicportal.portal.PortalMvc;
import org.clinicportal.representative.RepresentativeFamilies;
import org.clinicportal.support.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicportal.support.Browser.byText;
import static org.clinicportal.support.Browser.labelled;

/** Minors and representatives in a real browser: a parent of a child and a teenager; an adult revoking their spouse. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class RepresentativesBrowserTests {

	@LocalServerPort
	private int port;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationContext context;

	private RepresentativeFamilies families;

	private WebDriver browser;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.get();
		this.browser.get(base() + "/portal/login");
		this.browser.manage().deleteAllCookies();
		this.families = new RepresentativeFamilies(this.mvc, this.context);
	}

	@Test
	void parentSeesFormsForTheEightYearOldNotTheFifteenYearOldAndTheSetupFormSaysWhy() throws Exception {
		long child = this.families.patientAged("Noah", 8);
		long teen = this.families.patientAged("Mia", 15);
		String parent = PortalMvc.username();
		long account = this.families.representative(parent, child, Relationship.PARENT,
				RepresentativeBasis.PARENT_OF_MINOR, "PROFILE", "FORMS");
		this.families.alsoFor(account, teen, Relationship.PARENT, RepresentativeBasis.PARENT_OF_MINOR, "PROFILE", "FORMS");

		Browser.signIn(this.browser, base() + "/portal/login", parent, RepresentativeFamilies.PASSWORD);
		Browser.clickAndWait(this.browser, byText(this.browser, this.families.name(child)));
		assertThat(nav()).contains("Profile", "Forms");
		open("/portal/patients/" + teen);
		assertThat(nav()).contains("Profile").doesNotContain("Forms");
		open("/portal/patients/" + teen + "/forms");
		assertThat(heading()).isEqualTo("Page not found");
		Browser.screenshot(this.browser, "representative-teen-menu");

		this.browser.manage().deleteAllCookies();
		Browser.signIn(this.browser, base() + "/staff/login", "frontdesk", "demo test passphrase 42");
		open("/staff/patients/" + teen + "/portal-account?account=" + account);
		assertThat(this.browser.findElement(By.cssSelector("form .access-summary")).getText())
			.contains("Sees: Profile.", "Forms withheld: the patient is 15; the clinic keeps minors' records confidential from 12.",
					"when the patient turns 18.");
		Browser.screenshot(this.browser, "representative-setup-summary");
		Browser.clickAndWait(this.browser, byText(this.browser, "Save"));
		assertThat(this.browser.findElement(By.cssSelector(".field-error")).getText())
			.startsWith("Forms cannot be given: the patient is 15");
	}

	@Test
	void adultRevokesTheirSpouseAndTheSpousesOpenSessionEnds() throws Exception {
		long adult = this.families.patientAged("Grace", 45);
		String own = PortalMvc.username();
		this.families.self(own, adult, "PROFILE", "FORMS");
		String spouse = PortalMvc.username();
		this.families.representative(spouse, adult, Relationship.SPOUSE_OR_PARTNER, RepresentativeBasis.WRITTEN_CONSENT,
				"PROFILE");

		Browser.signIn(this.browser, base() + "/portal/login", spouse, RepresentativeFamilies.PASSWORD);
		open("/portal/patients/" + adult + "/profile");
		assertThat(heading()).isEqualTo("Profile");
		Cookie spouseSession = this.browser.manage().getCookieNamed("SESSION");

		this.browser.manage().deleteAllCookies();
		Browser.signIn(this.browser, base() + "/portal/login", own, RepresentativeFamilies.PASSWORD);
		Browser.clickAndWait(this.browser, byText(this.browser, "Who can see my record"));
		assertThat(this.browser.findElement(By.tagName("table")).getText()).contains("Spouse or partner", "Profile");
		Browser.clickAndWait(this.browser, byText(this.browser, "Revoke"));
		Browser.screenshot(this.browser, "representative-revoke");
		Browser.clickAndWait(this.browser, byText(this.browser, "Yes, end their access"));
		assertThat(this.browser.findElement(By.cssSelector("[role=status]")).getText())
			.isEqualTo("Their access has ended, and they were signed out.");
		assertThat(this.browser.findElement(By.tagName("table")).getText()).contains("Access ended on");

		this.browser.manage().deleteAllCookies();
		this.browser.manage().addCookie(spouseSession);
		open("/portal/patients/" + adult + "/profile");
		assertThat(this.browser.getCurrentUrl()).contains("/portal/login");
	}

	private String nav() {
		return this.browser.findElement(By.cssSelector(".portal-nav")).getText();
	}

	private String heading() {
		return this.browser.findElement(By.tagName("h1")).getText();
	}

	private void open(String path) {
		this.browser.get(base() + path);
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
