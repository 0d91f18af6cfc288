package org.clinicportal.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.StringUtils;

/**
 * The audit viewer's filter, bound from the query string so a filtered view can be bookmarked.
 *
 * @param patient medical record number of the patient
 * @param user the actor's username
 * @param action one action, or none for all
 * @param from first day, inclusive, in the clinic's time zone
 * @param to last day, inclusive
 * @param page zero-based page number
 */
record AuditFilter(String patient, String user, AuditAction action,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Integer page) {

	public int pageNumber() {
		return (this.page == null || this.page < 0) ? 0 : this.page;
	}

	public boolean hasPatient() {
		return StringUtils.hasText(this.patient);
	}

	public boolean hasUser() {
		return StringUtils.hasText(this.user);
	}

}
