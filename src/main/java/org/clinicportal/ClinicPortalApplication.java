package org.clinicportal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Clinic Portal: patient portal accounts for a behavioral-health clinic. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ClinicPortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(ClinicPortalApplication.class, args);
	}

}
