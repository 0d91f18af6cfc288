package org.clinicportal.account;

import org.springframework.util.StringUtils;

/**
 * User Management's search, filter, order and position, bound from the query string so that a view
 * can be bookmarked. A mutable class so that an unreadable value is left out rather than failing.
 */
class PortalUserFilter {

	private String q;

	private PortalUserStatus status = PortalUserStatus.ALL;

	private PortalUserSort sort = PortalUserSort.USERNAME;

	private Boolean twoStep;

	/** Keyset position: where the next page starts, from the previous page's last row. */
	private String after;

	boolean hasQuery() {
		return StringUtils.hasText(this.q);
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public PortalUserStatus getStatus() {
		return this.status;
	}

	public void setStatus(PortalUserStatus status) {
		this.status = (status != null) ? status : PortalUserStatus.ALL;
	}

	public PortalUserSort getSort() {
		return this.sort;
	}

	public void setSort(PortalUserSort sort) {
		this.sort = (sort != null) ? sort : PortalUserSort.USERNAME;
	}

	/** Whether the accounts shown have a second sign-in factor; {@code null} for either. */
	public Boolean getTwoStep() {
		return this.twoStep;
	}

	public void setTwoStep(Boolean twoStep) {
		this.twoStep = twoStep;
	}

	public String getAfter() {
		return this.after;
	}

	public void setAfter(String after) {
		this.after = after;
	}

}
