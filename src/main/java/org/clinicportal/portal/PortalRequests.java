package org.clinicportal.portal;

/**
 * What a portal request carries for the handlers of every module, once the session guard and
 * {@link AccessPolicy} let it through.
 */
public final class PortalRequests {

	/** The request attribute holding the signed-in {@code PortalUser}, read fresh for this request. */
	public static final String USER = "org.clinicportal.portal.user";

	/** The request attribute holding the id of the patient in view, once the policy allowed it. */
	public static final String PATIENT = "org.clinicportal.portal.patient";

	/** The path variable (or parameter) naming the patient a portal page is about. */
	public static final String PATIENT_ID = "patientId";

	private PortalRequests() {
	}

}
