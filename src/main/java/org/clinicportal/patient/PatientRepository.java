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

/** Patients by id, MRN and the searches of the patient list. Prefixes are already lower-case and escaped. */
interface PatientRepository extends JpaRepository<Patient, Long> {

	Optional<Patient> findByMrn(String mrn);

	List<Patient> findByIdIn(Collection<Long> ids);

	Page<Patient> findByDateOfBirth(LocalDate dateOfBirth, Pageable pageable);

	@Query("""
			select p from Patient p
			where lower(p.lastName) like :prefix escape '\\' or lower(p.firstName) like :prefix escape '\\'
			   or lower(p.preferredName) like :prefix escape '\\' or p.mrn like :prefix escape '\\'
			""")
	Page<Patient> searchOneTerm(@Param("prefix") String prefix, Pageable pageable);

	@Query("""
			select p from Patient p
			where (lower(p.lastName) like :first escape '\\' and lower(p.firstName) like :second escape '\\')
			   or (lower(p.firstName) like :first escape '\\' and lower(p.lastName) like :second escape '\\')
			""")
	Page<Patient> searchTwoTerms(@Param("first") String first, @Param("second") String second, Pageable pageable);

}
