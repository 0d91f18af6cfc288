package org.clinicportal.portal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Portal sign-in settings ({@code clinic.portal.*}).
 *
 * @param sessionAbsoluteLimit how long a portal session may last however active it is
 * @param resetRequestsPerAddress forgot-password requests one client address may make per hour
 * @param resetRequestsPerAccount reset emails one account may be sent per hour
 */
@ConfigurationProperties("clinic.portal")
record PortalSignInProperties(@DefaultValue("12h") Duration sessionAbsoluteLimit,
		@DefaultValue("10") int resetRequestsPerAddress, @DefaultValue("3") int resetRequestsPerAccount) {
}
