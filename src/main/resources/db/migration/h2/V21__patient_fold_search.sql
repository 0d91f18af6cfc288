-- Prefix searches on the folded names (PatientMatches: the Messages inbox's search by patient).
CREATE INDEX patient_last_name_fold_idx ON patient (last_name_fold);
CREATE INDEX patient_first_name_fold_idx ON patient (first_name_fold);
CREATE INDEX patient_preferred_name_fold_idx ON patient (preferred_name_fold);
