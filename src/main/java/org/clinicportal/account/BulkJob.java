package org.clinicportal.account;

/**
 * A bulk action's progress.
 *
 * @param status RUNNING, DONE or FAILED
 * @param failure why it failed: {@link BulkJobs#STOPPED} or {@link BulkJobs#ERROR}; {@code null} otherwise
 * @param filter the address of the list the action was applied to
 */
record BulkJob(String id, PortalUserAction action, int total, int done, int changed, String status,
		String failure, String filter) {

	public boolean finished() {
		return !"RUNNING".equals(this.status);
	}

	public boolean succeeded() {
		return "DONE".equals(this.status);
	}

	/** Whether it stopped because its server stopped, rather than because of an error. */
	public boolean stoppedWithItsServer() {
		return BulkJobs.STOPPED.equals(this.failure);
	}

	public int percent() {
		return (this.total == 0) ? 100 : (int) (100L * this.done / this.total);
	}

}
