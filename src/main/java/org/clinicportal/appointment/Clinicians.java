package org.clinicportal.appointment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

	/** Every staff user's name by id, clinician or not (for appointments booked earlier); one query. */
	Map<Long, String> names() {
		return this.staff.all().stream().collect(Collectors.toMap(StaffMember::id, StaffMember::fullName));
	}

	private static boolean bookable(StaffMember member) {
		return member.enabled() && member.hasRole(StaffRole.CLINICIAN);
	}

}
