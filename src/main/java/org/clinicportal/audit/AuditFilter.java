package org.clinicportal.audit;

import java.time.LocalDate;

import org.springframework.util.StringUtils;

/**
 * The audit viewer's filter, bound from the query string so a filtered view can be bookmarked. A
 * mutable class so that a value that cannot be read is simply left out, with a message.
 */
class AuditFilter {

	/** Medical record number of the patient. */
	private String patient;

	/** The actor's username. */
	private String user;

	private AuditAction action;

	/** First day, inclusive, in the clinic's time zone. */
	private LocalDate from;

	/** Last day, inclusive. */
	private LocalDate to;

	/** Zero-based page number. */
	private Integer page;

	public boolean hasPatient() {
		return StringUtils.hasText(this.patient);
	}

	public boolean hasUser() {
		return StringUtils.hasText(this.user);
	}

	@Override
	public String toString() {
		return "patient=" + nonNull(this.patient) + " user=" + nonNull(this.user) + " action=" + nonNull(this.action)
				+ " from=" + nonNull(this.from) + " to=" + nonNull(this.to);
	}

	private static Object nonNull(Object value) {
		return (value != null) ? value : "";
	}

	public String getPatient() {
		return this.patient;
	}

	public void setPatient(String patient) {
		this.patient = patient;
	}

	public String getUser() {
		return this.user;
	}

	public void setUser(String user) {
		this.user = user;
	}

	public AuditAction getAction() {
		return this.action;
	}

	public void setAction(AuditAction action) {
		this.action = action;
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public Integer getPage() {
		return this.page;
	}

	public void setPage(Integer page) {
		this.page = page;
	}

}
