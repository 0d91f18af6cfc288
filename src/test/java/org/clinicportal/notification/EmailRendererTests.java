package org.clinicportal.notification;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.clinicportal.system.ClinicProperties;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EmailRendererTests {

	static final ClinicProperties CLINIC = new ClinicProperties("Riverside Behavioral Health",
			"https://portal.example.org/", null, null, null, "1 Main Street, Springfield", "555-0100");

	static final Locale SPANISH = Locale.forLanguageTag("es");

	@Test
	void everyTemplateNamesTheClinicWithAddressAndPhoneInBothParts() {
		var renderer = new EmailRenderer(english(), CLINIC);
		for (String template : new String[] { "passwordSetup", "passwordReset", "passwordRenewed", "portalNotice" }) {
			RenderedEmail email = renderer.render(new OutgoingEmail("a@example.org", template, Map.of("path", "/x")));
			assertThat(email.subject()).contains("Riverside Behavioral Health").doesNotContain("??");
			for (String part : new String[] { email.text(), email.html() }) {
				assertThat(part).contains("Riverside Behavioral Health", "1 Main Street, Springfield", "555-0100")
					.contains("https://portal.example.org/x")
					.doesNotContain("??");
			}
		}
	}

	@Test
	void variablesAreEscapedInHtmlAndLinksAreAbsolute() {
		RenderedEmail email = new EmailRenderer(english(), CLINIC).render(new OutgoingEmail("a@example.org",
				"passwordSetup", Map.of("name", "<b>Ann</b>", "path", "portal/password?token=abc")));

		assertThat(email.html()).contains("Hello &lt;b&gt;Ann&lt;/b&gt;,")
			.contains("href=\"https://portal.example.org/portal/password?token=abc\"");
		assertThat(email.text()).contains("Hello <b>Ann</b>,", "https://portal.example.org/portal/password?token=abc");
	}

	@Test
	void emailIsWrittenInTheRecipientsLanguage() {
		var spanish = new StaticMessageSource();
		spanish.setParentMessageSource(english());
		spanish.addMessage("email.portalNotice.subject", SPANISH, "Hay algo nuevo en su portal de {0}");
		spanish.addMessage("email.greeting", SPANISH, "Hola:");
		var renderer = new EmailRenderer(spanish, CLINIC);

		RenderedEmail email = renderer.render(new OutgoingEmail("a@example.org", "portalNotice", Map.of(), SPANISH));

		assertThat(email.subject()).isEqualTo("Hay algo nuevo en su portal de Riverside Behavioral Health");
		assertThat(email.text()).startsWith("Hola:").contains("Inicie sesión para verlo.");
		assertThat(email.html()).contains("lang=\"es\"");
		assertThat(renderer.render(new OutgoingEmail("a@example.org", "portalNotice", Map.of())).subject())
			.isEqualTo("Something new is waiting in your Riverside Behavioral Health portal");
	}

	@Test
	void unknownOrUnsafeTemplateNamesAreRefused() {
		var renderer = new EmailRenderer(english(), CLINIC);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> renderer.render(new OutgoingEmail("a@example.org", "../layout", Map.of())));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutgoingEmail("not an address", "portalNotice", Map.of()));
	}

	@Test
	void retriesWaitLongerEachTimeUpToFifteenMinutes() {
		var properties = new NotificationProperties("x@localhost", Duration.ofSeconds(5), 50, Duration.ofSeconds(15),
				Duration.ofMinutes(15), Duration.ofHours(24), Duration.ofMinutes(5), true);
		assertThat(properties.retryDelay(1)).isEqualTo(Duration.ofSeconds(15));
		assertThat(properties.retryDelay(2)).isEqualTo(Duration.ofSeconds(30));
		assertThat(properties.retryDelay(6)).isEqualTo(Duration.ofMinutes(8));
		assertThat(properties.retryDelay(7)).isEqualTo(Duration.ofMinutes(15));
		assertThat(properties.retryDelay(500)).isEqualTo(Duration.ofMinutes(15));
	}

	private static ResourceBundleMessageSource english() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/messages", "messages/notification");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
