package org.clinicportal.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Error pages are rendered by the servlet container's error dispatch, so these go through a real server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesTests {

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void unknownAddressShowsFriendlyNotFoundPageWithoutStackTrace() throws Exception {
		HttpResponse<String> response = get("/no/such/page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found").contains("Back to the start page");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("Whitelabel");
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
