package org.clinicportal.patient;

import java.util.HashSet;
import java.util.Set;

/** Which staff members are assigned to a patient. */
class StaffAssignmentForm {

	private Set<Long> staffIds = new HashSet<>();

	private long version;

	public Set<Long> getStaffIds() {
		return this.staffIds;
	}

	public void setStaffIds(Set<Long> staffIds) {
		this.staffIds = (staffIds != null) ? staffIds : new HashSet<>();
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
