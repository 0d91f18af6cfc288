package org.clinicportal.support;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person using only the keyboard: Tab and Shift+Tab to move, Enter and Space to act, arrow keys
 * in radio groups and lists, typing into the focused field. Every element the focus reaches must
 * show that it has it, and after a page change the focus must start at the page's heading, its
 * error summary or a field marked to take it.
 */
public final class Keyboard {

	private static final int MOST_TABS = 80;

	private static final String FOCUS_SHOWN = """
			const e = document.activeElement;
			if (!e || e === document.body) { return 'lost'; }
			const s = getComputedStyle(e);
			const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
			return (outline || s.boxShadow !== 'none') ? 'shown' : 'hidden: ' + e.outerHTML.substring(0, 160);
			""";

	private final WebDriver browser;

	public Keyboard(WebDriver browser) {
		this.browser = browser;
	}

	/** Presses Tab until the focused element matches the CSS selector. */
	public Keyboard tabTo(String selector) {
		return moveTo(selector, Keys.TAB);
	}

	/** Presses Shift+Tab until the focused element matches the CSS selector. */
	public Keyboard shiftTabTo(String selector) {
		return moveTo(selector, null);
	}

	private Keyboard moveTo(String selector, Keys key) {
		for (int press = 0; press < MOST_TABS; press++) {
			if (press > 0 || !focused(selector)) {
				var actions = new Actions(this.browser);
				if (key == null) {
					actions.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
				}
				else {
					actions.sendKeys(key).perform();
				}
				assertFocusShown();
			}
			if (focused(selector)) {
				return this;
			}
		}
		throw new AssertionError("The keyboard never reached " + selector + " on " + this.browser.getCurrentUrl());
	}

	/** Types into the focused element. */
	public Keyboard type(CharSequence... keys) {
		new Actions(this.browser).sendKeys(keys).perform();
		return this;
	}

	/** Presses a key or a chord (such as Ctrl+C) on the focused element. */
	public Keyboard chord(Keys modifier, String key) {
		new Actions(this.browser).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
		return this;
	}

	/** Presses a key that loads a new page (Enter on a link or button), and waits for it. */
	public Keyboard pressAndWait(Keys key) {
		WebElement page = this.browser.findElement(By.tagName("html"));
		new Actions(this.browser).sendKeys(key).perform();
		var wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
		wait.until((driver) -> stale(page));
		wait.until((driver) -> "complete".equals(script("return document.readyState")));
		assertFocusAtStart();
		return this;
	}

	/** The focus is on the page's heading, its error summary or its autofocus field: never lost. */
	public void assertFocusAtStart() {
		new WebDriverWait(this.browser, Duration.ofSeconds(5)).until((driver) -> focused(
				"h1, .error-summary, [autofocus], textarea[data-credential-message], #credential-message"));
	}

	/** The element that has the focus. */
	public WebElement focused() {
		return this.browser.switchTo().activeElement();
	}

	private boolean focused(String selector) {
		return Boolean.TRUE.equals(script("return document.activeElement !== null && document.activeElement.matches(arguments[0])",
				selector));
	}

	private void assertFocusShown() {
		Object shown = script(FOCUS_SHOWN);
		if (!"shown".equals(shown)) {
			throw new AssertionError("Focus " + shown + " on " + this.browser.getCurrentUrl());
		}
	}

	private Object script(String script, Object... args) {
		return ((JavascriptExecutor) this.browser).executeScript(script, args);
	}

	private static boolean stale(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.WebDriverException ex) {
			return true;
		}
	}

}
