package org.clinicportal.staff;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff session settings ({@code clinic.staff.*}); the idle timeout is {@code spring.session.timeout},
 * shared with the portal.
 *
 * @param sessionAbsoluteLimit how long a staff session may last however active it is
 */
@ConfigurationProperties("clinic.staff")
record StaffSessionProperties(@DefaultValue("12h") Duration sessionAbsoluteLimit) {
}
