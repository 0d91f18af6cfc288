package org.clinicportal.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares which section a portal handler shows, for {@link AccessPolicy}. A portal handler without
 * it is never served: access is denied by default.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface PortalPage {

	PortalSection value();

}
