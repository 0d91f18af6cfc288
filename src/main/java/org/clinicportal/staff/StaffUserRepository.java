package org.clinicportal.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Staff users by id and username. */
interface StaffUserRepository extends JpaRepository<StaffUser, Long> {

	Optional<StaffUser> findByUsernameIgnoreCase(String username);

	boolean existsByUsernameIgnoreCase(String username);

	/** Every staff user with their roles, in one query rather than one more for each user's roles. */
	@EntityGraph(attributePaths = "roles")
	List<StaffUser> findAllByOrderByFullNameAsc();

}
