package org.clinicportal.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The passwords of the staff users made on first start ({@code CLINIC_ADMIN_PASSWORD},
 * {@code CLINIC_DEMO_PASSWORD}); blank means generate one. Read by {@link StaffBootstrap} alone.
 *
 * @param adminPassword password of the administrator {@code admin}
 * @param demoPassword password of the demo clinic's staff users
 */
@ConfigurationProperties("clinic")
record FirstPasswords(String adminPassword, String demoPassword) {

	/** Never shows the passwords, wherever the settings are logged or printed. */
	@Override
	public String toString() {
		return "FirstPasswords[****]";
	}

}
