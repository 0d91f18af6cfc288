-- User Management: finding accounts by the patients they reach (PostgreSQL).

-- Lower-case patient names as columns, so that H2 and PostgreSQL run the same prefix search.
ALTER TABLE patient ADD COLUMN last_name_key VARCHAR(100) GENERATED ALWAYS AS (lower(last_name)) STORED;
ALTER TABLE patient ADD COLUMN first_name_key VARCHAR(100) GENERATED ALWAYS AS (lower(first_name)) STORED;
CREATE INDEX patient_last_name_key_idx ON patient (last_name_key varchar_pattern_ops);
CREATE INDEX patient_first_name_key_idx ON patient (first_name_key varchar_pattern_ops);

-- Each account's reach keys: '|' before the lower-case last name, first name and MRN of every
-- patient it reaches (PatientReach keeps them). A search for a common patient name walks accounts
-- in the page's order and reads the keys from the same index, instead of looking up the grants
-- and the patient of every account it passes.
ALTER TABLE portal_account ADD COLUMN reach_keys VARCHAR(2000) DEFAULT '' NOT NULL;
UPDATE portal_account a SET reach_keys = r.reach_keys
FROM (SELECT g.portal_account_id,
             left(string_agg('|' || lower(p.last_name) || '|' || lower(p.first_name) || '|' || lower(p.mrn), ''
                             ORDER BY p.id), 2000) AS reach_keys
      FROM access_grant g JOIN patient p ON p.id = g.patient_id
      GROUP BY g.portal_account_id) r
WHERE r.portal_account_id = a.id;

-- Every order's index carries the reach keys and the status columns, so that the walk reads no table row.
DROP INDEX portal_account_name_idx;
DROP INDEX portal_account_last_sign_in_idx;
DROP INDEX portal_account_created_idx;
DROP INDEX portal_account_username_sort_idx;
CREATE INDEX portal_account_name_idx ON portal_account (name_key, id)
    INCLUDE (reach_keys, enabled, force_password_change, last_sign_in_at, locked_until);
CREATE INDEX portal_account_last_sign_in_idx ON portal_account (last_sign_in_key, id)
    INCLUDE (reach_keys, enabled, force_password_change, last_sign_in_at, locked_until);
CREATE INDEX portal_account_created_idx ON portal_account (created_at, id)
    INCLUDE (reach_keys, enabled, force_password_change, last_sign_in_at, locked_until);
CREATE INDEX portal_account_username_sort_idx ON portal_account (username_key, id)
    INCLUDE (reach_keys, enabled, force_password_change, last_sign_in_at, locked_until);

-- The rarer statuses in each order, likewise.
DROP INDEX portal_account_disabled_idx;
DROP INDEX portal_account_locked_idx;
DROP INDEX portal_account_must_change_idx;
DROP INDEX portal_account_never_idx;
DROP INDEX portal_account_disabled_name_idx;
DROP INDEX portal_account_disabled_last_sign_in_idx;
DROP INDEX portal_account_disabled_created_idx;
DROP INDEX portal_account_locked_name_idx;
DROP INDEX portal_account_locked_last_sign_in_idx;
DROP INDEX portal_account_locked_created_idx;
DROP INDEX portal_account_must_change_name_idx;
DROP INDEX portal_account_must_change_last_sign_in_idx;
DROP INDEX portal_account_must_change_created_idx;
DROP INDEX portal_account_never_name_idx;
DROP INDEX portal_account_never_last_sign_in_idx;
DROP INDEX portal_account_never_created_idx;
CREATE INDEX portal_account_disabled_idx ON portal_account (username_key, id) INCLUDE (reach_keys) WHERE NOT enabled;
CREATE INDEX portal_account_disabled_name_idx ON portal_account (name_key, id) INCLUDE (reach_keys) WHERE NOT enabled;
CREATE INDEX portal_account_disabled_last_sign_in_idx ON portal_account (last_sign_in_key, id) INCLUDE (reach_keys)
    WHERE NOT enabled;
CREATE INDEX portal_account_disabled_created_idx ON portal_account (created_at, id) INCLUDE (reach_keys)
    WHERE NOT enabled;
CREATE INDEX portal_account_locked_idx ON portal_account (username_key, id) INCLUDE (reach_keys, locked_until)
    WHERE locked_until IS NOT NULL;
CREATE INDEX portal_account_locked_name_idx ON portal_account (name_key, id) INCLUDE (reach_keys, locked_until)
    WHERE locked_until IS NOT NULL;
CREATE INDEX portal_account_locked_last_sign_in_idx ON portal_account (last_sign_in_key, id)
    INCLUDE (reach_keys, locked_until) WHERE locked_until IS NOT NULL;
CREATE INDEX portal_account_locked_created_idx ON portal_account (created_at, id) INCLUDE (reach_keys, locked_until)
    WHERE locked_until IS NOT NULL;
CREATE INDEX portal_account_must_change_idx ON portal_account (username_key, id) INCLUDE (reach_keys)
    WHERE force_password_change;
CREATE INDEX portal_account_must_change_name_idx ON portal_account (name_key, id) INCLUDE (reach_keys)
    WHERE force_password_change;
CREATE INDEX portal_account_must_change_last_sign_in_idx ON portal_account (last_sign_in_key, id) INCLUDE (reach_keys)
    WHERE force_password_change;
CREATE INDEX portal_account_must_change_created_idx ON portal_account (created_at, id) INCLUDE (reach_keys)
    WHERE force_password_change;
CREATE INDEX portal_account_never_idx ON portal_account (username_key, id) INCLUDE (reach_keys)
    WHERE last_sign_in_at IS NULL;
CREATE INDEX portal_account_never_name_idx ON portal_account (name_key, id) INCLUDE (reach_keys)
    WHERE last_sign_in_at IS NULL;
CREATE INDEX portal_account_never_last_sign_in_idx ON portal_account (last_sign_in_key, id) INCLUDE (reach_keys)
    WHERE last_sign_in_at IS NULL;
CREATE INDEX portal_account_never_created_idx ON portal_account (created_at, id) INCLUDE (reach_keys)
    WHERE last_sign_in_at IS NULL;
