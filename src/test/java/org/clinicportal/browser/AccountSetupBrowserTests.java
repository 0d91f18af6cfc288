package org.clinicportal.browser;

import org.clinicportal.support.Accessibility;
import org.clinicportal.support.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicportal.support.Browser.byText;
import static org.clinicportal.support.Browser.labelled;

/** Front desk sets up portal accounts in a real browser, with the clipboard allowed. */
@ExtendWith(Accessibility.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountSetupBrowserTests {

	@LocalServerPort
	private int port;

	private WebDriver browser;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.get();
		Browser.allowClipboard(base());
		this.browser.get(base() + "/staff/login");
		labelled(this.browser, "Username").sendKeys("frontdesk");
		labelled(this.browser, "Password").sendKeys("demo test passphrase 42");
		Browser.clickAndWait(this.browser, byText(this.browser, "Sign in"));
	}

	@Test
	void wandSaveCopiesPasswordToClipboardOnceAndResetPwdIssuesANewOne() {
		openPatient("Okafor, Chidi");
		Browser.clickAndWait(this.browser, byText(this.browser, "Demographics"));
		Browser.clickAndWait(this.browser, byText(this.browser, "Patient Portal Account"));
		assertThat(this.browser.findElement(By.tagName("h2")).getText()).isEqualTo("Patient Portal Account Setup");

		Browser.clickAndWait(this.browser, this.browser.findElement(By.cssSelector("button[aria-label='Load patient information']")));
		assertThat(labelled(this.browser, "Username").getDomProperty("value")).isEqualTo("chidi.okafor@example.org");
		assertThat(labelled(this.browser, "First Name").getDomProperty("value")).isEqualTo("Chidi");
		assertThat(labelled(this.browser, "Last Name").getDomProperty("value")).isEqualTo("Okafor");
		assertThat(labelled(this.browser, "Force Password Change on Next Login").isSelected()).isTrue();
		Browser.clickAndWait(this.browser, byText(this.browser, "Save"));

		String password = this.browser.findElement(By.cssSelector("code.password")).getText();
		assertThat(password).matches("(\\w{4}-){3}\\w{4}");
		awaitText("[data-copy-status]", "Password copied to clipboard");
		assertThat(Browser.clipboard(this.browser)).isEqualTo(password.replace("-", ""));
		var message = labelled(this.browser, "Credential message");
		assertThat(message.getDomProperty("value")).contains("chidi.okafor@example.org", password, "/portal");
		assertThat(message.getDomProperty("selectionEnd")).isEqualTo(String.valueOf(message.getDomProperty("value").length()));
		Browser.screenshot(this.browser, "account-credentials");

		this.browser.navigate().refresh();
		assertThat(this.browser.getPageSource()).doesNotContain(password).doesNotContain("Credential message");
		this.browser.navigate().back();
		assertThat(this.browser.getPageSource()).doesNotContain(password);

		openPatient("Okafor, Chidi");
		Browser.clickAndWait(this.browser, byText(this.browser, "Configure Account"));
		Browser.clickAndWait(this.browser, byText(this.browser, "chidi.okafor@example.org"));
		Browser.clickAndWait(this.browser, byText(this.browser, "Reset Pwd"));
		String reset = this.browser.findElement(By.cssSelector("code.password")).getText();
		assertThat(reset).isNotEqualTo(password);
		awaitText("[data-copy-status]", "Password copied to clipboard");
		assertThat(Browser.clipboard(this.browser)).isEqualTo(reset.replace("-", ""));
	}

	@Test
	void oneParentLoginReachesTwoChildren() {
		openPatient("Kowalski, Zofia");
		Browser.clickAndWait(this.browser, byText(this.browser, "Configure Account"));
		labelled(this.browser, "Username").sendKeys("marta.kowalski@example.org");
		labelled(this.browser, "First Name").sendKeys("Marta");
		labelled(this.browser, "Last Name").sendKeys("Kowalski");
		new Select(labelled(this.browser, "Access Type")).selectByVisibleText("Authorized Rep");
		assertThat(this.browser.findElements(By.cssSelector("[data-permission]")))
			.noneMatch((box) -> box.isSelected());
		labelled(this.browser, "Forms").click();
		Browser.clickAndWait(this.browser, byText(this.browser, "Save"));
		assertThat(this.browser.findElement(By.cssSelector("[role=status]")).getText())
			.isEqualTo("Portal account marta.kowalski@example.org created.");

		openPatient("Kowalski, Piotr");
		Browser.clickAndWait(this.browser, byText(this.browser, "Configure Account"));
		labelled(this.browser, "Username").sendKeys("Marta.Kowalski@example.org");
		labelled(this.browser, "First Name").sendKeys("Marta");
		labelled(this.browser, "Last Name").sendKeys("Kowalski");
		new Select(labelled(this.browser, "Access Type")).selectByVisibleText("Authorized Rep");
		labelled(this.browser, "Profile").click();
		Browser.clickAndWait(this.browser, byText(this.browser, "Save"));
		assertThat(this.browser.findElement(By.cssSelector("[role=status]")).getText())
			.contains("already had a portal account", "No new password");
		assertThat(this.browser.findElements(By.cssSelector("code.password"))).isEmpty();

		Browser.clickAndWait(this.browser, byText(this.browser, "User Management"));
		var row = this.browser.findElement(By.cssSelector("tr[aria-label='marta.kowalski@example.org']"));
		assertThat(row.findElements(By.cssSelector("a[href*='/portal-account']"))).extracting((link) -> link.getText())
			.containsExactlyInAnyOrder("Kowalski, Zofia (Authorized Rep)", "Kowalski, Piotr (Authorized Rep)");
	}

	private void openPatient(String name) {
		this.browser.get(base() + "/staff/patients");
		labelled(this.browser, "Search").sendKeys(name);
		Browser.clickAndWait(this.browser, byText(this.browser, "Search"));
		Browser.clickAndWait(this.browser, byText(this.browser, name));
	}

	private void awaitText(String css, String text) {
		new WebDriverWait(this.browser, java.time.Duration.ofSeconds(5))
			.until(ExpectedConditions.textToBe(By.cssSelector(css), text));
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
