package org.clinicportal.patient;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Patients by id, MRN and date of birth; the name and MRN searches are {@link PatientMatches}' (PatientSearch). */
interface PatientRepository extends JpaRepository<Patient, Long> {

	Optional<Patient> findByMrn(String mrn);

	List<Patient> findByIdIn(Collection<Long> ids);

	Page<Patient> findByDateOfBirth(LocalDate dateOfBirth, Pageable pageable);

}
