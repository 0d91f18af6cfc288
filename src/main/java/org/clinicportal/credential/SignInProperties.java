package org.clinicportal.credential;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the sign-in protection shared by the staff and portal sign-in ({@code clinic.sign-in.*}).
 *
 * @param addressFailures failed sign-ins one client address may make per window at one sign-in page,
 * across accounts
 * @param addressWindow the window of {@code addressFailures}
 */
@ConfigurationProperties("clinic.sign-in")
public record SignInProperties(@DefaultValue("20") int addressFailures, @DefaultValue("5m") Duration addressWindow) {
}
