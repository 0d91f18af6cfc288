package org.clinicportal.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who works at the clinic, for other modules (e.g. staff assignments on a patient). */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

	private final StaffUserRepository users;

	StaffDirectory(StaffUserRepository users) {
		this.users = users;
	}

	/** All staff users, by name. */
	public List<StaffMember> all() {
		return this.users.findAllByOrderByFullNameAsc().stream().map(StaffUser::toMember).toList();
	}

	public Optional<StaffMember> byId(long id) {
		return this.users.findById(id).map(StaffUser::toMember);
	}

	public Optional<StaffMember> byUsername(String username) {
		return this.users.findByUsernameIgnoreCase(username).map(StaffUser::toMember);
	}

}
