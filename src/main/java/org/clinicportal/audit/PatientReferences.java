package org.clinicportal.audit;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * How the audit trail names patients without depending on the chart: the patient module
 * implements it.
 */
public interface PatientReferences {

	/** A short label, MRN · Last, First, for each of the given patient ids that exists. */
	Map<Long, String> labels(Collection<Long> patientIds);

	/** The id of the patient with this medical record number. */
	Optional<Long> idOfMrn(String mrn);

}
