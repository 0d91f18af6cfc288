package org.clinicportal.system;

import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.List;

import org.clinicportal.account.AccessType;
import org.clinicportal.account.PortalTestAccounts;
import org.clinicportal.form.FormsSection;
import org.clinicportal.form.FormCatalogue;
import org.clinicportal.form.FormDefinition;
import org.clinicportal.form.FormItem;
import org.clinicportal.form.FormRequests;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinicportal.system.BrowserOverHttp.encode;
import static org.clinicportal.system.BrowserOverHttp.formToken;

/**
 * Error pages are rendered by the servlet container's error dispatch, and the server limits the size of
 * a form post, so these go through a real server (uploads: {@link UploadLimitsTests}).
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

	private BrowserOverHttp browser;

	@BeforeEach
	void setUp() {
		this.browser = new BrowserOverHttp(this.port, this.context);
	}

	@Test
	void unknownAddressShowsFriendlyNotFoundPageWithoutStackTrace() throws Exception {
		HttpResponse<String> response = this.browser.get("/no/such/page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found").contains("Back to the start page");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("Whitelabel").doesNotContain("Not Found");
	}

	@Test
	void notFoundInThePortalKeepsThePortalsLookAndLeadsBackToIt() throws Exception {
		long patient = new PortalTestAccounts(this.context).patient("Piotr", "Kowalski");
		this.browser.signInToThePortal(patient, AccessType.AUTHORIZED_REP);

		HttpResponse<String> response = this.browser.get("/portal/patients/" + patient + "/profile");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found", "class=\"portal\"", ">Back to the portal</a>")
			.doesNotContain("Back to the start page", "Not Found");
	}

	@Test
	void wrongMethodShowsGenericErrorPageNotAStackTrace() throws Exception {
		HttpResponse<String> response = this.browser.send("PATCH", "/");
		assertThat(response.statusCode()).isBetween(400, 499);
		assertThat(response.body()).contains("Back to the start page");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("Whitelabel");
	}

	@Test
	void statusWithoutItsOwnWordsShowsTheGeneralErrorPage() throws Exception {
		HttpResponse<String> response = this.browser.send("TRACE", "/");
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.body()).contains("Something went wrong").contains("Nothing you saved before was lost");
	}

	@Test
	void nulCharacterInAnyParameterIsRefusedWithAPageSayingWhy() throws Exception {
		HttpResponse<String> response = this.browser.post("/portal/login", "username=pasted%00text&password=x");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("The request could not be read", "invisible NUL character",
				">Back to the portal</a>")
			.doesNotContain("Exception");
	}

	@Test
	void formPostLargerThanTheLimitGetsAPageSayingSoNotAServerError() throws Exception {
		HttpResponse<String> response = this.browser.post("/portal/forgot-password", "username=" + "x".repeat(300 * 1024));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("Too much to send at once", "shorten the longest texts")
			.doesNotContain("Exception");
	}

	@Test
	void largestFormOfTheCatalogueFitsTheLimitWithEveryTextAtItsLongestInThreeByteCharacters() throws Exception {
		var accounts = new PortalTestAccounts(this.context);
		long patient = accounts.patient("Fatima", "Zahra");
		this.browser.signInToThePortal(patient, AccessType.SELF, FormsSection.KEY);
		FormDefinition largest = this.catalogue.all()
			.stream()
			.max(Comparator.comparing(ErrorPagesTests::longestAnswers))
			.orElseThrow();
		long request = this.requests.request(patient, List.of(largest.key()), null, null).requestIds().get(0);
		String form = "/portal/patients/" + patient + "/forms/" + request;
		StringBuilder body = new StringBuilder("action=draft&_csrf=" + encode(formToken(this.browser.get(form).body())));
		for (FormItem item : largest.items()) {
			String name = textAnswer(item);
			if (name != null) {
				body.append('&').append(encode(name)).append('=').append(encode("語".repeat(item.maxLengthOrDefault())));
			}
		}
		assertThat(body.length()).as("the post is as large as the form allows").isGreaterThan(150_000);
		HttpResponse<String> response = this.browser.post(form, body.toString());
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

}
