package org.clinicportal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * Clinic Portal: patient portal accounts for a behavioral-health clinic. Staff and portal sign in
 * through sign-in chains of their own, so Spring Boot's generated default user is left out.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class ClinicPortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(ClinicPortalApplication.class, args);
	}

}
