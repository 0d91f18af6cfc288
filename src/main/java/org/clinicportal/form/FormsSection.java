package org.clinicportal.form;

import org.clinicportal.account.PortalSection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the portal's Forms section: the forms the clinic asked the patient to complete. */
@Configuration(proxyBeanMethods = false)
public class FormsSection {

	public static final String KEY = "FORMS";

	@Bean
	PortalSection formsPortalSection() {
		return new PortalSection(KEY, "forms.section", "forms.section.text", "forms", true, 20);
	}

}
