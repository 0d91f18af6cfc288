package org.clinicportal.portal;

import org.clinicportal.account.PortalSection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the portal's Profile section: the patient's demographics, with proposed changes. */
@Configuration(proxyBeanMethods = false)
public class ProfileSection {

	public static final String KEY = "PROFILE";

	@Bean
	PortalSection profilePortalSection() {
		return new PortalSection(KEY, "portal.nav.PROFILE", "portal.section.PROFILE.text", "profile", true, 10);
	}

}
