package org.clinicportal.form;

/** Where a requested form stands. */
public enum FormStatus {

	/** Asked for, not started. */
	REQUESTED,

	/** A draft is saved. */
	IN_PROGRESS,

	/** Submitted; the answers can no longer change. */
	COMPLETED,

	/** Withdrawn by staff before it was completed. */
	CANCELLED;

	/** Whether the form can still be filled in. */
	public boolean open() {
		return this == REQUESTED || this == IN_PROGRESS;
	}

}
