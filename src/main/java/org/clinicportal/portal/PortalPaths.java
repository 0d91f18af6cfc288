package org.clinicportal.portal;

/** The portal's addresses, in one place for the security chain, the gate and the controllers of every module. */
public final class PortalPaths {

	static final String HOME = "/portal";

	static final String LOGIN = "/portal/login";

	static final String LOGOUT = "/portal/logout";

	static final String PASSWORD = "/portal/password";

	static final String FORGOT = "/portal/forgot-password";

	static final String SET_PASSWORD = "/portal/set-password";

	static final String KEEP_ALIVE = "/portal/keep-alive";

	/** The second step of a sign-in, after the password. */
	static final String SECOND_STEP = "/portal/login/second-step";

	/** The holder's sign-in methods; below it, setting up an authenticator app and recovery codes. */
	static final String SECURITY = "/portal/security";

	/** Adding a passkey, and signing in with one ({@code /portal/login/webauthn}). */
	static final String PASSKEYS = "/portal/webauthn";

	/** A patient's pages; a section's pages lie below, starting at its start page. */
	public static final String PATIENT = "/portal/patients/{" + PortalRequests.PATIENT_ID + "}";

	private PortalPaths() {
	}

	/** The start page of a patient. */
	public static String patient(long patientId) {
		return "/portal/patients/" + patientId;
	}

}
