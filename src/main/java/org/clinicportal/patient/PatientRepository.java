package org.clinicportal.patient;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Patients by id, MRN and the searches of the patient list. Name prefixes are folded, the MRN's escaped. */
interface PatientRepository extends JpaRepository<Patient, Long> {

	Optional<Patient> findByMrn(String mrn);

	List<Patient> findByIdIn(Collection<Long> ids);

	Page<Patient> findByDateOfBirth(LocalDate dateOfBirth, Pageable pageable);

	// rows written before the folded names existed match by their lower-case names until filled in
	@Query("""
			select p from Patient p
			where coalesce(p.lastNameFold, lower(p.lastName)) like :name escape '\\'
			   or coalesce(p.firstNameFold, lower(p.firstName)) like :name escape '\\'
			   or coalesce(p.preferredNameFold, lower(p.preferredName)) like :name escape '\\'
			   or p.mrn like :mrn escape '\\'
			""")
	Page<Patient> searchOneTerm(@Param("name") String name, @Param("mrn") String mrn, Pageable pageable);

	@Query("""
			select p from Patient p
			where (coalesce(p.lastNameFold, lower(p.lastName)) like :first escape '\\'
			       and coalesce(p.firstNameFold, lower(p.firstName)) like :second escape '\\')
			   or (coalesce(p.firstNameFold, lower(p.firstName)) like :first escape '\\'
			       and coalesce(p.lastNameFold, lower(p.lastName)) like :second escape '\\')
			""")
	Page<Patient> searchTwoTerms(@Param("first") String first, @Param("second") String second, Pageable pageable);

}
