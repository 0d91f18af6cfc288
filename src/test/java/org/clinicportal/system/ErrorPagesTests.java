package org.clinicportal.system;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clinicportal.account.AccessType;
import org.clinicportal.form.FormsSection;
import org.clinicportal.account.PortalTestAccounts;
import org.clinicportal.form.FormCatalogue;
import org.clinicportal.form.FormDefinition;
import org.clinicportal.form.FormItem;
import org.clinicportal.form.FormRequests;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages are rendered by the servlet container's error dispatch, and the server limits the size of
 * a form post, so these go through a real server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private FormCatalogue catalogue;

	@Autowired
	private FormRequests requests;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void unknownAddressShowsFriendlyNotFoundPageWithoutStackTrace() throws Exception {
		HttpResponse<String> response = get("/no/such/page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found").contains("Back to the start page");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("Whitelabel").doesNotContain("Not Found");
	}

	@Test
	void notFoundInThePortalKeepsThePortalsLookAndLeadsBackToIt() throws Exception {
		long patient = new PortalTestAccounts(this.context).patient("Piotr", "Kowalski");
		signInToThePortal(patient, AccessType.AUTHORIZED_REP);

		HttpResponse<String> response = get("/portal/patients/" + patient + "/profile");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found", "class=\"portal\"", ">Back to the portal</a>")
			.doesNotContain("Back to the start page", "Not Found");
	}

	@Test
	void wrongMethodShowsGenericErrorPageNotAStackTrace() throws Exception {
		HttpResponse<String> response = send("PATCH", "/");
		assertThat(response.statusCode()).isBetween(400, 499);
		assertThat(response.body()).contains("Back to the start page");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("Whitelabel");
	}

	@Test
	void statusWithoutItsOwnWordsShowsTheGeneralErrorPage() throws Exception {
		HttpResponse<String> response = send("TRACE", "/");
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.body()).contains("Something went wrong").contains("Nothing you saved before was lost");
	}

	@Test
	void nulCharacterInAnyParameterIsRefusedWithAPageSayingWhy() throws Exception {
		HttpResponse<String> response = post("/portal/login", "username=pasted%00text&password=x");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("The request could not be read", "invisible NUL character",
				">Back to the portal</a>")
			.doesNotContain("Exception");
	}

	@Test
	void formPostLargerThanTheLimitGetsAPageSayingSoNotAServerError() throws Exception {
		HttpResponse<String> response = post("/portal/forgot-password", "username=" + "x".repeat(300 * 1024));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("Too much to send at once", "shorten the longest texts")
			.doesNotContain("Exception");
	}

	@Test
	void largestFormOfTheCatalogueFitsTheLimitWithEveryTextAtItsLongestInThreeByteCharacters() throws Exception {
		var accounts = new PortalTestAccounts(this.context);
		long patient = accounts.patient("Fatima", "Zahra");
		signInToThePortal(patient, AccessType.SELF, FormsSection.KEY);
		FormDefinition largest = this.catalogue.all()
			.stream()
			.max(Comparator.comparing(ErrorPagesTests::longestAnswers))
			.orElseThrow();
		long request = this.requests.request(patient, List.of(largest.key()), null, null).requestIds().get(0);
		String form = "/portal/patients/" + patient + "/forms/" + request;
		StringBuilder body = new StringBuilder("action=draft&_csrf=" + encode(formToken(get(form).body())));
		for (FormItem item : largest.items()) {
			String name = textAnswer(item);
			if (name != null) {
				body.append('&').append(encode(name)).append('=').append(encode("語".repeat(item.maxLengthOrDefault())));
			}
		}
		assertThat(body.length()).as("the post is as large as the form allows").isGreaterThan(150_000);
		HttpResponse<String> response = post(form, body.toString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith(form));
	}

	/** The parameter in which an item's free-text answer is posted, or null for an item without one. */
	private static String textAnswer(FormItem item) {
		if (!item.asked()) {
			return null;
		}
		return switch (item.type()) {
			case TEXT, STRING -> "a." + item.linkId();
			case OPEN_CHOICE -> "a." + item.linkId() + ".other";
			default -> null;
		};
	}

	/** The characters a form's free-text answers may hold together. */
	private static int longestAnswers(FormDefinition form) {
		return form.items()
			.stream()
			.filter((item) -> textAnswer(item) != null)
			.mapToInt(FormItem::maxLengthOrDefault)
			.sum();
	}

	private void signInToThePortal(long patient, AccessType type, String... permissions) throws Exception {
		String username = "noor-" + System.nanoTime() + "@example.org";
		new PortalTestAccounts(this.context).create(username, "amber kettle drift orchard", false, patient, type,
				permissions);
		String form = "username=" + encode(username) + "&password=amber+kettle+drift+orchard&_csrf="
				+ encode(formToken(get("/portal/login").body()));
		assertThat(post("/portal/login", form).statusCode()).isEqualTo(302);
	}

	private static String formToken(String page) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A form post from a browser, asking for HTML back. */
	private HttpResponse<String> post(String path, String form) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return send("GET", path);
	}

	/** A request from a browser (asking for HTML) with this method and no body. */
	private HttpResponse<String> send(String method, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
