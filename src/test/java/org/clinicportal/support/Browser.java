package org.clinicportal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;

/**
 * One headless Debian Chromium for all browser tests of a test run, started on first use and
 * closed when the JVM ends. Set {@code CLINIC_TEST_CHROMIUM} / {@code CLINIC_TEST_CHROMEDRIVER} to
 * use other binaries.
 */
public final class Browser {

	private static final String CHROMIUM = env("CLINIC_TEST_CHROMIUM", "/usr/bin/chromium");

	private static final String CHROMEDRIVER = env("CLINIC_TEST_CHROMEDRIVER", "/usr/bin/chromedriver");

	private static ChromeDriver driver;

	/** The browser as tests use it: every page it reaches is checked for accessibility. */
	private static WebDriver watched;

	private Browser() {
	}

	/** The shared browser, with a clean slate of cookies. */
	public static synchronized WebDriver get() {
		if (driver == null) {
			System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
			var options = new ChromeOptions();
			options.setBinary(CHROMIUM);
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--no-first-run", "--window-size=1280,900");
			var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
				.build();
			driver = new ChromeDriver(service, options);
			driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
			Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
			watched = new EventFiringDecorator<WebDriver>(Accessibility.watching(driver)).decorate(driver);
		}
		driver.manage().deleteAllCookies();
		return watched;
	}

	/**
	 * A platform authenticator inside the browser (Chrome DevTools' virtual authenticator), which
	 * makes and uses passkeys as a phone's screen lock would, without asking anyone.
	 */
	public static org.openqa.selenium.virtualauthenticator.VirtualAuthenticator addPasskeyAuthenticator() {
		var options = new org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions()
			.setProtocol(org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions.Protocol.CTAP2)
			.setTransport(org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions.Transport.INTERNAL)
			.setHasResidentKey(true)
			.setHasUserVerification(true)
			.setIsUserVerified(true)
			.setIsUserConsenting(true);
		return driver.addVirtualAuthenticator(options);
	}

	/** Takes the virtual authenticator away again. */
	public static void removeAuthenticator(org.openqa.selenium.virtualauthenticator.VirtualAuthenticator authenticator) {
		driver.removeVirtualAuthenticator(authenticator);
	}

	/** Lays pages out as on a screen this many CSS pixels wide (400 % zoom of a 1280-pixel screen is 320). */
	public static void emulateWidth(int width) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				java.util.Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", false));
	}

	/** Lays pages out as the window is again. */
	public static void stopEmulating() {
		driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
	}

	/** Lets pages of this origin write and read the clipboard, as a person who allowed it would. */
	public static void allowClipboard(String origin) {
		driver.executeCdpCommand("Browser.grantPermissions", java.util.Map.of("origin", origin, "permissions",
				java.util.List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
	}

	/** What the clipboard holds now. */
	public static String clipboard(WebDriver browser) {
		return (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
				"const done = arguments[arguments.length - 1];"
						+ "navigator.clipboard.readText().then(done, (e) => done('clipboard refused: ' + e));");
	}

	/** Clicks something that loads a new page, and waits until the new page is there. */
	public static void clickAndWait(WebDriver browser, WebElement element) {
		WebElement page = browser.findElement(By.tagName("html"));
		element.click();
		var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10));
		wait.until((driver) -> gone(page));
		wait.until((driver) -> "complete"
			.equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return document.readyState")));
	}

	/**
	 * Whether the element's document has been replaced. Chrome reports a node of a document being
	 * replaced either as stale or as not belonging to the document; both mean the old page is gone.
	 */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.StaleElementReferenceException ex) {
			return true;
		}
		catch (org.openqa.selenium.WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/** The element whose visible text is exactly this, such as a link or a button. */
	public static WebElement byText(WebDriver browser, String text) {
		return browser.findElement(By.xpath("//*[self::a or self::button][normalize-space()='" + text + "']"));
	}

	/** The form control labelled with this text. */
	public static WebElement labelled(WebDriver browser, String label) {
		WebElement element = browser.findElement(By.xpath("//label[normalize-space()='" + label + "']"));
		String id = element.getDomAttribute("for");
		return (id != null) ? browser.findElement(By.id(id)) : element.findElement(By.xpath(".//input|.//select|.//textarea"));
	}

	/** Opens a sign-in page (staff or portal) and signs in with its Username and Password fields. */
	public static void signIn(WebDriver browser, String signInPage, String username, String password) {
		browser.get(signInPage);
		labelled(browser, "Username").sendKeys(username);
		labelled(browser, "Password").sendKeys(password);
		clickAndWait(browser, byText(browser, "Sign in"));
	}

	/** Saves a screenshot of the current page under target/screenshots. */
	public static Path screenshot(WebDriver browser, String name) {
		try {
			Path target = Path.of("target", "screenshots", name + ".png");
			Files.createDirectories(target.getParent());
			Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
