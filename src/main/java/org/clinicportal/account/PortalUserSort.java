package org.clinicportal.account;

/** The orders of User Management, each on an indexed key with the id as tie-breaker (keyset paging). */
enum PortalUserSort {

	USERNAME("a.username_key", true), NAME("a.name_key", true), LAST_SIGN_IN("a.last_sign_in_key", false),
	CREATED("a.created_at", false);

	private final String column;

	private final boolean ascending;

	PortalUserSort(String column, boolean ascending) {
		this.column = column;
		this.ascending = ascending;
	}

	String column() {
		return this.column;
	}

	boolean ascending() {
		return this.ascending;
	}

	/** Whether the sort key is a time (else text). */
	boolean temporal() {
		return this == LAST_SIGN_IN || this == CREATED;
	}

}
