package org.clinicportal.credential;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Two-step sign-in settings ({@code clinic.two-step.*}).
 *
 * @param staffRequiredFor the staff roles that must use a second factor ({@code ADMIN} by default;
 * list every role to require it of all staff)
 * @param portal whether the portal offers a second factor or requires it of every account
 * @param passkeyOrigins the addresses browsers reach the app at, for passkeys; empty means the
 * origin of {@code clinic.base-url}
 */
@ConfigurationProperties("clinic.two-step")
public record TwoStepProperties(@DefaultValue("ADMIN") Set<String> staffRequiredFor,
		@DefaultValue("OFFERED") PortalPolicy portal, @DefaultValue List<String> passkeyOrigins) {

	/** Whether a staff user with these roles must use a second factor. */
	public boolean requiredForStaff(Set<String> roles) {
		return roles.stream().anyMatch(this.staffRequiredFor::contains);
	}

	public boolean requiredForPortal() {
		return this.portal == PortalPolicy.REQUIRED;
	}

	/** How the portal treats a second factor. */
	public enum PortalPolicy {

		/** Every account may add one; none must. */
		OFFERED,

		/** Every account must: it sets one up right after its first password sign-in. */
		REQUIRED

	}

}
