package org.clinicportal.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares which portal section a handler shows, for {@link AccessPolicy}: the key of a section in
 * the catalogue ({@code org.clinicportal.account.PortalSections}), {@link #HOME} or
 * {@link #NO_PATIENT}; on a controller class, for each of its handlers. A portal handler without it,
 * or naming a section nobody declared, is never served: access is denied by default.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PortalPage {

	/** A page about no patient: sign-in flows, password, the choice of patient. */
	String NO_PATIENT = "";

	/** A patient's start page: needs any access to the patient named in the request. */
	String HOME = "HOME";

	/** The section's key, {@link #HOME} or {@link #NO_PATIENT}. */
	String value();

}
