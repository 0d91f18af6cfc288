package org.clinicportal.appointment;

import java.util.List;
import java.util.Optional;

import org.clinicportal.staff.StaffDirectory;
import org.clinicportal.staff.StaffMember;
import org.clinicportal.staff.StaffRole;

import org.springframework.stereotype.Component;

/** The staff users who see patients: enabled, with the Clinician role. */
@Component
class Clinicians {

	private final StaffDirectory staff;

	Clinicians(StaffDirectory staff) {
		this.staff = staff;
	}

	/** Every clinician who can be booked, by name. */
	List<StaffMember> all() {
		return this.staff.all().stream().filter(Clinicians::bookable).toList();
	}

	/** The clinician, when this staff user is one who can be booked. */
	Optional<StaffMember> find(long id) {
		return this.staff.byId(id).filter(Clinicians::bookable);
	}

	/** The staff user of this id, whether or not still a clinician (for appointments booked earlier). */
	String name(long staffId) {
		return this.staff.byId(staffId).map(StaffMember::fullName).orElse("—");
	}

	private static boolean bookable(StaffMember member) {
		return member.enabled() && member.hasRole(StaffRole.CLINICIAN);
	}

}
