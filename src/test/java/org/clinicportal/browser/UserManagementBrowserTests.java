package org.clinicportal.browser;

import org.clinicportal.support.Accessibility;
import org.clinicportal.support.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicportal.support.Browser.byText;
import static org.clinicportal.support.Browser.clickAndWait;
import static org.clinicportal.support.Browser.labelled;

/** Front desk finds a portal account in User Management and disables it, after confirming. */
@ExtendWith(Accessibility.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UserManagementBrowserTests {

	@LocalServerPort
	private int port;

	private WebDriver browser;

	@BeforeEach
	void signIn() {
		this.browser = Browser.get();
		this.browser.get("http://localhost:" + this.port + "/staff/login");
		labelled(this.browser, "Username").sendKeys("frontdesk");
		labelled(this.browser, "Password").sendKeys("demo test passphrase 42");
		clickAndWait(this.browser, byText(this.browser, "Sign in"));
	}

	@Test
	void findDisableAndEnableAnAccountFromUserManagement() {
		this.browser.get("http://localhost:" + this.port + "/staff/patients?q=Olivia%20Hart");
		clickAndWait(this.browser, byText(this.browser, "Hart, Olivia"));
		clickAndWait(this.browser, byText(this.browser, "Configure Account"));
		clickAndWait(this.browser, this.browser.findElement(By.cssSelector("button[aria-label='Load patient information']")));
		clickAndWait(this.browser, byText(this.browser, "Save"));

		clickAndWait(this.browser, byText(this.browser, "User Management"));
		labelled(this.browser, "Search").sendKeys("olivia.hart");
		clickAndWait(this.browser, byText(this.browser, "Show"));
		var row = this.browser.findElement(By.cssSelector("tr[aria-label='olivia.hart@example.org']"));
		assertThat(row.getText()).contains("Hart, Olivia (Self)", "Enabled");
		clickAndWait(this.browser, row.findElement(By.xpath(".//button[normalize-space()='Disable']")));

		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Disable 1 account?");
		assertThat(this.browser.getPageSource()).contains("olivia.hart@example.org");
		clickAndWait(this.browser, byText(this.browser, "Disable"));
		assertThat(this.browser.findElement(By.cssSelector("[role=status]")).getText())
			.isEqualTo("Disabled one account.");

		new Select(labelled(this.browser, "Status")).selectByVisibleText("Disabled");
		clickAndWait(this.browser, byText(this.browser, "Show"));
		row = this.browser.findElement(By.cssSelector("tr[aria-label='olivia.hart@example.org']"));
		assertThat(row.getText()).contains("Disabled");
		Browser.screenshot(this.browser, "user-management");
		clickAndWait(this.browser, row.findElement(By.xpath(".//button[normalize-space()='Enable']")));
		clickAndWait(this.browser, byText(this.browser, "Enable"));
		assertThat(this.browser.findElements(By.cssSelector("tr[aria-label='olivia.hart@example.org']"))).isEmpty();
	}

}
