package org.clinicportal.system;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether to seed the demo clinic into an empty database: as configured by {@code CLINIC_DEMO}, or
 * else only for the embedded database.
 */
@Component
public class DemoClinic {

	private final boolean enabled;

	DemoClinic(ClinicProperties clinic, Environment environment) {
		String url = environment.getProperty("spring.datasource.url", "");
		this.enabled = (clinic.demo() != null) ? clinic.demo() : url.startsWith("jdbc:h2:");
	}

	public boolean enabled() {
		return this.enabled;
	}

}
