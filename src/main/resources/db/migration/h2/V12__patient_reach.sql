-- User Management: finding accounts by the patients they reach (H2).

-- Lower-case patient names as columns: H2 has no expression indexes.
ALTER TABLE patient ADD COLUMN last_name_key VARCHAR(100) GENERATED ALWAYS AS (LOWER(last_name));
ALTER TABLE patient ADD COLUMN first_name_key VARCHAR(100) GENERATED ALWAYS AS (LOWER(first_name));
CREATE INDEX patient_last_name_key_idx ON patient (last_name_key);
CREATE INDEX patient_first_name_key_idx ON patient (first_name_key);

-- Each account's reach keys: '|' before the lower-case last name, first name and MRN of every
-- patient it reaches (PatientReach keeps them), read while walking accounts in the page's order.
ALTER TABLE portal_account ADD COLUMN reach_keys VARCHAR(2000) DEFAULT '' NOT NULL;
UPDATE portal_account a SET reach_keys = COALESCE((
    SELECT LEFT(LISTAGG('|' || LOWER(p.last_name) || '|' || LOWER(p.first_name) || '|' || LOWER(p.mrn), '')
                WITHIN GROUP (ORDER BY p.id), 2000)
    FROM access_grant g JOIN patient p ON p.id = g.patient_id
    WHERE g.portal_account_id = a.id), '');
