package org.clinicportal.notification;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.clinicportal.system.ClinicProperties;
import org.clinicportal.system.SupportedLanguages;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders an email from {@code templates/email/NAME.html} and {@code NAME.txt}, in the recipient's
 * language, inside {@code layout.html} / {@code layout.txt}, which put the clinic's name, address
 * and phone in every email. The subject is the message {@code email.NAME.subject}.
 */
@Component
class EmailRenderer {

	static final String LAYOUT = "layout";

	private static final Pattern TEMPLATE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,99}");

	// An engine of its own: the web's engine renders HTML pages only, and must stay the only
	// ISpringTemplateEngine bean for Boot's auto-configuration.
	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final MessageSource messages;

	private final ClinicProperties clinic;

	EmailRenderer(MessageSource messages, ClinicProperties clinic) {
		this.messages = messages;
		this.clinic = clinic;
		this.engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
		this.engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
		this.engine.setTemplateEngineMessageSource(messages);
	}

	RenderedEmail render(OutgoingEmail email) {
		if (!TEMPLATE_NAME.matcher(email.template()).matches()) {
			throw new IllegalArgumentException("Not an email template name: " + email.template());
		}
		Locale language = (email.locale() != null) ? email.locale() : SupportedLanguages.DEFAULT;
		String subject = this.messages.getMessage("email." + email.template() + ".subject",
				new Object[] { this.clinic.name() }, language);
		var context = new Context(language, email.variables());
		context.setVariable("clinic", this.clinic);
		context.setVariable("links", new EmailLinks(this.clinic.baseUrl()));
		context.setVariable("subject", subject);
		context.setVariable("kind", email.template()); // a message with one link (link.html) takes its texts by it
		return new RenderedEmail(subject, inLayout(email.template(), ".txt", context),
				inLayout(email.template(), ".html", context));
	}

	private String inLayout(String template, String suffix, Context context) {
		context.setVariable("content", this.engine.process(template + suffix, context));
		return this.engine.process(LAYOUT + suffix, context);
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
		var resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/email/");
		resolver.setResolvablePatterns(Set.of("*" + suffix));
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		resolver.setCheckExistence(true);
		resolver.setOrder(order);
		return resolver;
	}

}
