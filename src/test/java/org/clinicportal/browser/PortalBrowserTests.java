package org.clinicportal.browser;

import java.time.Duration;
import java.util.UUID;

import org.clinicportal.account.AccessType;
import org.clinicportal.portal.ProfileSection;
import org.clinicportal.form.FormsSection;
import org.clinicportal.account.PortalTestAccounts;
import org.clinicportal.credential.PasswordTokens;
import org.clinicportal.credential.TokenPurpose;
import org.clinicportal.support.Accessibility;
import org.clinicportal.support.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicportal.support.Browser.byText;
import static org.clinicportal.support.Browser.labelled;

/** A parent's portal in a real browser: first sign-in, own password, two children, links from email. */
@ExtendWith(Accessibility.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalBrowserTests {

	private static final String CHOSEN = "maple drum lighthouse tulip";

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private PasswordTokens tokens;

	private PortalTestAccounts accounts;

	private WebDriver browser;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.get();
		this.accounts = new PortalTestAccounts(this.context);
	}

	@Test
	void parentSignsInWithTheTemporaryPasswordChoosesOwnAndSwitchesBetweenChildren() {
		long lily = this.accounts.patient("Marta", "Kowalski");
		long ethan = this.accounts.patient("Elena", "Garcia");
		String username = username();
		long account = this.accounts.create(username, "ABCDEFGHJKMNPQRS", true, lily, AccessType.AUTHORIZED_REP,
				ProfileSection.KEY, FormsSection.KEY);
		this.accounts.grant(account, ethan, AccessType.AUTHORIZED_REP, FormsSection.KEY);

		open("/portal/login");
		this.browser.manage().deleteAllCookies();
		open("/portal/login");
		Browser.screenshot(this.browser, "portal-sign-in");
		// the sign-in page keeps its form token in a cookie: a session begins only by signing in
		assertThat(this.browser.manage().getCookieNamed("SESSION")).isNull();
		assertThat(this.browser.manage().getCookieNamed("PORTAL-FORM-TOKEN")).isNotNull();
		signIn(username, "ABCD-EFGH-JKMN-PQRS");
		assertThat(this.browser.manage().getCookieNamed("SESSION")).isNotNull();
		assertThat(heading()).isEqualTo("Change your password");
		labelled(this.browser, "New password").sendKeys("tulip");
		assertThat(meterText()).startsWith("Keep going");
		labelled(this.browser, "New password").sendKeys(" lamp sonnet harbor");
		assertThat(meterText()).isNotEmpty().doesNotStartWith("Keep going");
		labelled(this.browser, "Confirm new password").sendKeys("tulip lamp sonnet harbor");
		Browser.screenshot(this.browser, "portal-forced-change");
		open("/portal/patients/" + lily + "/profile");
		assertThat(heading()).as("the gate holds").isEqualTo("Change your password");
		labelled(this.browser, "New password").sendKeys(CHOSEN);
		labelled(this.browser, "Confirm new password").sendKeys(CHOSEN);
		Browser.clickAndWait(this.browser, byText(this.browser, "Change password"));

		assertThat(heading()).isEqualTo("Whose record?");
		Browser.clickAndWait(this.browser, byText(this.browser, "Marta Kowalski"));
		assertThat(this.browser.findElement(By.cssSelector(".portal-nav")).getText()).contains("Profile", "Forms");
		Browser.screenshot(this.browser, "portal-home");
		Browser.clickAndWait(this.browser, byText(this.browser, "Profile"));
		assertThat(heading()).isEqualTo("Profile");
		assertThat(this.browser.findElement(By.cssSelector("dl.facts")).getText()).contains("Marta Kowalski");

		new org.openqa.selenium.support.ui.Select(labelled(this.browser, "Viewing the record of"))
			.selectByVisibleText("Elena Garcia");
		Browser.clickAndWait(this.browser, byText(this.browser, "Switch"));
		assertThat(this.browser.findElement(By.cssSelector(".portal-nav")).getText()).contains("Forms")
			.doesNotContain("Profile");
		open("/portal/patients/" + ethan + "/profile");
		assertThat(heading()).isEqualTo("Page not found");

		open("/portal");
		Browser.clickAndWait(this.browser, byText(this.browser, "Sign out"));
		assertThat(this.browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("You have signed out.");
	}

	@Test
	void wrongPasswordSaysOnlyInvalidAndForgotPasswordAnswersTheSame() {
		open("/portal/login");
		signIn("nobody@example.org", "not a real password at all");
		assertThat(this.browser.findElement(By.cssSelector(".portal-card [role=alert]")).getText())
			.isEqualTo("Invalid username or password.");
		Browser.clickAndWait(this.browser, byText(this.browser, "Forgot password?"));
		labelled(this.browser, "Username").sendKeys("nobody@example.org");
		Browser.clickAndWait(this.browser, byText(this.browser, "Send link"));
		assertThat(this.browser.findElement(By.cssSelector("[role=status]")).getText())
			.startsWith("If the account exists and has an email address, a link is on its way.");
	}

	@Test
	void emailedLinkLetsTheHolderChooseAPasswordOnce() {
		long patient = this.accounts.patient("Jaylen", "Johnson");
		String username = username();
		long account = this.accounts.create(username, "ABCDEFGHJKMNPQRS", true, patient, AccessType.AUTHORIZED_REP);
		String token = this.tokens.generate(account, TokenPurpose.SET_PASSWORD);
		open("/portal/set-password?token=" + token);
		assertThat(heading()).isEqualTo("Choose your password");
		labelled(this.browser, "New password").sendKeys(CHOSEN);
		labelled(this.browser, "Confirm new password").sendKeys(CHOSEN);
		Browser.clickAndWait(this.browser, byText(this.browser, "Set password"));
		assertThat(this.browser.findElement(By.cssSelector("[role=status]")).getText())
			.isEqualTo("Your password is set. Sign in with it now.");
		signIn(username, CHOSEN);
		assertThat(heading()).isEqualTo("Welcome, Tess");

		open("/portal/set-password?token=" + token);
		assertThat(heading()).isEqualTo("This link no longer works");
		assertThat(byText(this.browser, "Forgot password?").isDisplayed()).isTrue();
	}

	@Test
	void patientProposesANewPhoneNumberAndTheFrontDeskAcceptsIt() {
		long tomas = this.accounts.patient("Tomas", "Ortega");
		String username = username();
		this.accounts.create(username, CHOSEN, false, tomas, AccessType.SELF, ProfileSection.KEY);
		open("/portal/login");
		signIn(username, CHOSEN);
		Browser.clickAndWait(this.browser, byText(this.browser, "Profile"));
		WebElement phone = labelled(this.browser, "Phone");
		String before = phone.getDomProperty("value");
		phone.clear();
		phone.sendKeys("(555) 404-2020");
		Browser.clickAndWait(this.browser, byText(this.browser, "Send for review"));
		assertThat(this.browser.findElement(By.cssSelector("[role=status]")).getText())
			.isEqualTo("Thank you. Your changes were sent to the clinic for review.");
		assertThat(this.browser.findElement(By.id("pending-change")).getText())
			.contains("Waiting for the clinic's review", before, "(555) 404-2020");
		Browser.screenshot(this.browser, "portal-profile-change-waiting");

		this.browser.manage().deleteAllCookies();
		open("/staff/login");
		labelled(this.browser, "Username").sendKeys("frontdesk");
		labelled(this.browser, "Password").sendKeys("demo test passphrase 42");
		Browser.clickAndWait(this.browser, byText(this.browser, "Sign in"));
		open("/staff/patients/" + tomas);
		WebElement panel = this.browser.findElement(By.cssSelector(".review-panel"));
		assertThat(panel.getText()).contains("Portal changes to review", username + " (Self)", before,
				"(555) 404-2020");
		Browser.screenshot(this.browser, "patient-dashboard-portal-changes");
		Browser.clickAndWait(this.browser, byText(this.browser, "Accept"));
		assertThat(this.browser.findElement(By.cssSelector("[role=status]")).getText())
			.isEqualTo("The proposed changes were applied to the chart.");
		assertThat(this.browser.findElements(By.cssSelector(".review-panel"))).isEmpty();
		assertThat(this.browser.getPageSource()).contains("(555) 404-2020");

		this.browser.manage().deleteAllCookies();
		open("/portal/login");
		signIn(username, CHOSEN);
		Browser.clickAndWait(this.browser, byText(this.browser, "Profile"));
		assertThat(this.browser.findElement(By.id("last-decision")).getText()).contains("Your changes were accepted");
		assertThat(labelled(this.browser, "Phone").getDomProperty("value")).isEqualTo("(555) 404-2020");
	}

	@Test
	void onAPhoneEveryPortalPageFitsTheScreenWidth() {
		long lily = this.accounts.patient("Marta", "Kowalski");
		long ethan = this.accounts.patient("Elena", "Garcia");
		String username = username();
		long account = this.accounts.create(username, CHOSEN, false, lily, AccessType.AUTHORIZED_REP,
				ProfileSection.KEY, FormsSection.KEY);
		this.accounts.grant(account, ethan, AccessType.AUTHORIZED_REP, FormsSection.KEY);
		Dimension desktop = this.browser.manage().window().getSize();
		this.browser.manage().window().setSize(new Dimension(390, 844));
		try {
			open("/portal/login");
			assertFitsTheScreen("portal-phone-sign-in");
			signIn(username, CHOSEN);
			assertThat(heading()).isEqualTo("Whose record?");
			assertFitsTheScreen("portal-phone-choose");
			Browser.clickAndWait(this.browser, byText(this.browser, "Marta Kowalski"));
			assertFitsTheScreen("portal-phone-home");
			assertThat(labelled(this.browser, "Viewing the record of").isDisplayed()).isTrue();
			assertThat(byText(this.browser, "Sign out").isDisplayed()).isTrue();
			Browser.clickAndWait(this.browser, byText(this.browser, "Profile"));
			assertFitsTheScreen("portal-phone-profile");
			Browser.clickAndWait(this.browser, byText(this.browser, "Forms"));
			assertFitsTheScreen("portal-phone-forms");
			open("/portal/password");
			assertFitsTheScreen("portal-phone-password");
		}
		finally {
			this.browser.manage().window().setSize(desktop);
		}
	}

	/** Nothing on the page is wider than the window: it reads without scrolling sideways. */
	private void assertFitsTheScreen(String screenshot) {
		Browser.screenshot(this.browser, screenshot);
		var page = (org.openqa.selenium.JavascriptExecutor) this.browser;
		long window = (Long) page.executeScript("return window.innerWidth");
		long content = (Long) page.executeScript("return document.documentElement.scrollWidth");
		assertThat(content).as("page width on a %d px screen: %s", window, this.browser.getCurrentUrl())
			.isLessThanOrEqualTo(window);
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private void signIn(String username, String password) {
		labelled(this.browser, "Username").sendKeys(username);
		labelled(this.browser, "Password").sendKeys(password);
		Browser.clickAndWait(this.browser, byText(this.browser, "Sign in"));
	}

	private String heading() {
		return this.browser.findElement(By.tagName("h1")).getText();
	}

	private String meterText() {
		return new WebDriverWait(this.browser, Duration.ofSeconds(5))
			.until((b) -> b.findElement(By.id("password-meter-text")).getText());
	}

	private static String username() {
		return "parent-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

}
