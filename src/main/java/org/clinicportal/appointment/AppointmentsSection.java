package org.clinicportal.appointment;

import org.clinicportal.account.PortalSection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the portal's Appointments section: upcoming and past visits, calendar files, cancelling, requests. */
@Configuration(proxyBeanMethods = false)
public class AppointmentsSection {

	public static final String KEY = "APPOINTMENTS";

	@Bean
	PortalSection appointmentsPortalSection() {
		return new PortalSection(KEY, "appointments.section", "appointments.section.text", "appointments", true, 40);
	}

}
