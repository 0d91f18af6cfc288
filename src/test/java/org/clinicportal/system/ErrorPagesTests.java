package org.clinicportal.system;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clinicportal.account.AccessType;
import org.clinicportal.account.PortalTestAccounts;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Error pages are rendered by the servlet container's error dispatch, so these go through a real server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

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
		var accounts = new PortalTestAccounts(this.context);
		long patient = accounts.patient("Piotr", "Kowalski");
		String username = "noor-" + System.nanoTime() + "@example.org";
		accounts.create(username, "amber kettle drift orchard", false, patient, AccessType.AUTHORIZED_REP);
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/portal/login").body());
		assertThat(token.find()).isTrue();
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
				+ "&password=amber+kettle+drift+orchard&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		assertThat(this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/portal/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(302);

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
