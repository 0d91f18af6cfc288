package org.clinicportal.support;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.events.WebDriverListener;

/**
 * axe-core over every page a browser journey reaches: each new document is checked against the
 * WCAG 2.0, 2.1 and 2.2 A and AA rules the first time the test looks at it (finds an element, reads
 * the address or the title), and once more when the test ends. A test with
 * {@code @ExtendWith(Accessibility.class)} fails after it ran if any page had a violation, naming the
 * page, the rule and the elements.
 */
public final class Accessibility implements WebDriverListener, AfterEachCallback {

	static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

	/** Set on a page's window once checked; a new document does not have it. */
	private static final String CHECKED = "window.__clinicAxeChecked";

	private static final List<String> violations = new ArrayList<>();

	private static WebDriver raw;

	private static boolean checking;

	private static int pages;

	/** Public for JUnit, which makes one for each test class that extends with it. */
	public Accessibility() {
	}

	static Accessibility watching(WebDriver driver) {
		raw = driver;
		return new Accessibility();
	}

	@Override
	public void beforeAnyWebDriverCall(WebDriver driver, Method method, Object[] args) {
		String name = method.getName();
		if (name.equals("findElement") || name.equals("findElements") || name.equals("getCurrentUrl")
				|| name.equals("getTitle") || name.equals("getPageSource")) {
			checkCurrentPage();
		}
	}

	@Override
	public void afterGet(WebDriver driver, String url) {
		checkCurrentPage();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		checkCurrentPage();
		System.out.println("Accessibility: " + pages + " pages checked so far by axe-core");
		List<String> found;
		synchronized (violations) {
			found = List.copyOf(violations);
			violations.clear();
		}
		if (!found.isEmpty()) {
			throw new AssertionError("Accessibility violations (WCAG 2.2 A/AA, axe-core):\n" + String.join("\n", found));
		}
	}

	/** Checks the page now in the browser, unless it was already checked or is still loading. */
	public static synchronized void checkCurrentPage() {
		if (raw == null || checking) {
			return;
		}
		checking = true;
		try {
			JavascriptExecutor script = (JavascriptExecutor) raw;
			// Chromium's own pages (such as "Confirm form resubmission" after Back) are not the app's
			Object state = script.executeScript("return (" + CHECKED + " === true) ? 'checked'"
					+ " : document.body && document.body.classList.contains('neterror') ? 'browser' : document.readyState");
			if (!"complete".equals(state) || raw.getCurrentUrl().startsWith("data:")
					|| raw.getCurrentUrl().equals("about:blank")) {
				return;
			}
			Results results = new AxeBuilder().withTags(WCAG_A_AA).analyze(raw);
			script.executeScript(CHECKED + " = true;");
			pages++;
			record(raw.getCurrentUrl(), results);
		}
		catch (WebDriverException ex) {
			// a page that went away while being checked: the next one is checked instead
		}
		finally {
			checking = false;
		}
	}

	private static void record(String url, Results results) {
		synchronized (violations) {
			for (Rule rule : results.getViolations()) {
				StringBuilder line = new StringBuilder("- ").append(url.replaceFirst("^https?://[^/]+", ""))
					.append(": ")
					.append(rule.getId())
					.append(" (")
					.append(rule.getHelp())
					.append(")");
				for (CheckedNode node : rule.getNodes()) {
					line.append("\n    ").append(node.getTarget()).append(" ").append(abbreviate(node.getHtml()));
				}
				violations.add(line.toString());
			}
		}
	}

	private static String abbreviate(String html) {
		return (html.length() > 160) ? html.substring(0, 157) + "..." : html;
	}

}
