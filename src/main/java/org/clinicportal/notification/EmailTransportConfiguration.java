package org.clinicportal.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.clinicportal.system.ClinicProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.util.StringUtils;

/** SMTP when {@code spring.mail.host} is set; otherwise the Dev Mailbox, and a warning in the log. */
@Configuration(proxyBeanMethods = false)
class EmailTransportConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmailTransportConfiguration.class);

	@Bean
	EmailTransport emailTransport(Environment environment, ObjectProvider<JavaMailSender> sender,
			NotificationProperties properties, ClinicProperties clinic) {
		JavaMailSender smtp = sender.getIfAvailable();
		if (StringUtils.hasText(environment.getProperty("spring.mail.host")) && smtp != null) {
			return new SmtpTransport(smtp, properties.from(), clinic.name());
		}
		log.warn("No SMTP host configured (SPRING_MAIL_HOST): emails are not sent; administrators read them "
				+ "on the Dev Mailbox page (/staff/mailbox)");
		return new DevMailboxTransport();
	}

}
