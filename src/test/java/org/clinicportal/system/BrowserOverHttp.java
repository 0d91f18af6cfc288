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

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests as a browser sends them to the application on a real server (asking for HTML, keeping its
 * cookies), for tests of what the servlet container itself does: error pages, size limits.
 */
final class BrowserOverHttp {

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private final int port;

	private final ApplicationContext context;

	BrowserOverHttp(int port, ApplicationContext context) {
		this.port = port;
		this.context = context;
	}

	/** Signs in to the portal as a new account of the patient, with this access and these sections. */
	void signInToThePortal(long patient, AccessType type, String... permissions) throws Exception {
		String username = "noor-" + System.nanoTime() + "@example.org";
		new PortalTestAccounts(this.context).create(username, "amber kettle drift orchard", false, patient, type,
				permissions);
		String form = "username=" + encode(username) + "&password=amber+kettle+drift+orchard&_csrf="
				+ encode(formToken(get("/portal/login").body()));
		assertThat(post("/portal/login", form).statusCode()).isEqualTo(302);
	}

	static String formToken(String page) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A form post. */
	HttpResponse<String> post(String path, String form) throws Exception {
		return post(path, "application/x-www-form-urlencoded", HttpRequest.BodyPublishers.ofString(form));
	}

	/** A post with a body of this type. */
	HttpResponse<String> post(String path, String type, HttpRequest.BodyPublisher body) throws Exception {
		return this.http.send(request(path).header("Content-Type", type).POST(body).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String path) throws Exception {
		return send("GET", path);
	}

	/** A request with this method and no body. */
	HttpResponse<String> send(String method, String path) throws Exception {
		return this.http.send(request(path).method(method, HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).header("Accept", "text/html");
	}

}
