package org.clinicportal.portal;

/** The portal's addresses, in one place for the security chain, the gate and the controllers. */
final class PortalPaths {

	static final String HOME = "/portal";

	static final String LOGIN = "/portal/login";

	static final String LOGOUT = "/portal/logout";

	static final String PASSWORD = "/portal/password";

	static final String FORGOT = "/portal/forgot-password";

	static final String SET_PASSWORD = "/portal/set-password";

	static final String KEEP_ALIVE = "/portal/keep-alive";

	static final String PATIENT = "/portal/patients/{patientId}";

	private PortalPaths() {
	}

	static String patient(long patientId) {
		return "/portal/patients/" + patientId;
	}

}
