package org.clinicportal.system;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * The clinic's own settings, from {@code clinic.*} properties or the {@code CLINIC_*} environment
 * variables (see docs/configuration.md). Every page's model holds them, so no secret setting belongs
 * here: the first staff passwords are read by the staff module alone, the sealing key by
 * {@code SecretSealer}.
 *
 * @param name the clinic's name, shown on every page and in every email
 * @param baseUrl the public address used in links, without a trailing slash
 * @param dataDir where the embedded database lives
 * @param timeZone the clinic's time zone for dates on pages; blank means the server's
 * @param demo whether to seed the demo clinic into an empty database; blank means only for the
 * embedded database
 * @param address the clinic's postal address, shown in every email
 * @param phone the clinic's phone number, shown in every email
 */
@ConfigurationProperties("clinic")
public record ClinicProperties(String name, String baseUrl, String dataDir, String timeZone, Boolean demo,
		String address, String phone) {

	public ClinicProperties {
		baseUrl = StringUtils.hasText(baseUrl) ? baseUrl.replaceAll("/+$", "") : "http://localhost:8080";
	}

	/** The zone in which the clinic reads dates and times. */
	public ZoneId zone() {
		return StringUtils.hasText(timeZone) ? ZoneId.of(timeZone) : ZoneId.systemDefault();
	}

}
