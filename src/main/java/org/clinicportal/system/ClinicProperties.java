package org.clinicportal.system;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * The clinic's own settings, from {@code clinic.*} properties or the {@code CLINIC_*} environment
 * variables (see docs/configuration.md).
 *
 * @param name the clinic's name, shown on every page and in every email
 * @param baseUrl the public address used in links, without a trailing slash
 * @param dataDir where the embedded database lives
 * @param timeZone the clinic's time zone for dates on pages; blank means the server's
 * @param adminPassword password of the bootstrap administrator; blank means generate one
 * @param demo whether to seed the demo clinic into an empty database; blank means only for the
 * embedded database
 * @param demoPassword password of the demo staff users; blank means generate one
 * @param address the clinic's postal address, shown in every email
 * @param phone the clinic's phone number, shown in every email
 */
@ConfigurationProperties("clinic")
public record ClinicProperties(String name, String baseUrl, String dataDir, String timeZone, String adminPassword,
		Boolean demo, String demoPassword, String address, String phone) {

	public ClinicProperties {
		baseUrl = StringUtils.hasText(baseUrl) ? baseUrl.replaceAll("/+$", "") : "http://localhost:8080";
	}

	/** Never shows the passwords, wherever the settings are logged or printed. */
	@Override
	public String toString() {
		return "ClinicProperties[name=" + this.name + ", baseUrl=" + this.baseUrl + ", dataDir=" + this.dataDir
				+ ", timeZone=" + this.timeZone + ", demo=" + this.demo + "]";
	}

	/** The zone in which the clinic reads dates and times. */
	public ZoneId zone() {
		return StringUtils.hasText(timeZone) ? ZoneId.of(timeZone) : ZoneId.systemDefault();
	}

}
