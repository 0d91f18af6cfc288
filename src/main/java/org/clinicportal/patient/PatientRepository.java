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

	// Each condition is a range of an index of its own; the folded names are filled in at start for
	// rows written without them (PatientNameFolds), so the search needs no fallback that no index serves.
	@Query("""
			select p from Patient p
			where p.lastNameFold like :name escape '\\'
			   or p.firstNameFold like :name escape '\\'
			   or p.preferredNameFold like :name escape '\\'
			   or p.mrn like :mrn escape '\\'
			""")
	Page<Patient> searchOneTerm(@Param("name") String name, @Param("mrn") String mrn, Pageable pageable);

	@Query("""
			select p from Patient p
			where (p.lastNameFold like :first escape '\\' and p.firstNameFold like :second escape '\\')
			   or (p.firstNameFold like :first escape '\\' and p.lastNameFold like :second escape '\\')
			""")
	Page<Patient> searchTwoTerms(@Param("first") String first, @Param("second") String second, Pageable pageable);

}
