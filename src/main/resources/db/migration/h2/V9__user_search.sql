-- User Management search (H2): from a patient to the accounts that reach it, from the index alone.
-- H2 has no covering or partial indexes; its smaller clinics are served by the V6 indexes.

CREATE INDEX access_grant_patient_account_idx ON access_grant (patient_id, portal_account_id);
