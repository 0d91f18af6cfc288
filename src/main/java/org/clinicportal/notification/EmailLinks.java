package org.clinicportal.notification;

/** Builds the absolute links in emails from the clinic's public address ({@code CLINIC_BASE_URL}). */
record EmailLinks(String baseUrl) {

	/** The absolute address of a path in the application, such as {@code /portal/password?token=...}. */
	public String to(String path) {
		if (path == null || path.isBlank()) {
			return this.baseUrl + "/";
		}
		return this.baseUrl + (path.startsWith("/") ? path : "/" + path);
	}

}
