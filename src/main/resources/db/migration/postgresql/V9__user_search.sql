-- User Management search at a million accounts (PostgreSQL). A search reads at most one page from
-- each way of matching, in the page's order (PortalUserQueries), so each way needs an index that
-- yields its rows without visiting the table.

-- Prefix search on an account's own keys, carrying every sort key and status column: the matches
-- of a common name are read from the index alone and only the first page of them is kept.
CREATE INDEX portal_account_username_search_idx ON portal_account (username_key varchar_pattern_ops)
    INCLUDE (id, name_key, last_sign_in_key, created_at, enabled, force_password_change, last_sign_in_at, locked_until);
CREATE INDEX portal_account_name_search_idx ON portal_account (name_key varchar_pattern_ops)
    INCLUDE (id, username_key, last_sign_in_key, created_at, enabled, force_password_change, last_sign_in_at, locked_until);
CREATE INDEX portal_account_first_name_search_idx ON portal_account (first_name_key varchar_pattern_ops)
    INCLUDE (id, username_key, name_key, last_sign_in_key, created_at, enabled, force_password_change, last_sign_in_at,
             locked_until);
DROP INDEX portal_account_username_prefix_idx;
DROP INDEX portal_account_name_prefix_idx;
DROP INDEX portal_account_first_name_prefix_idx;

-- From a patient to the accounts that reach it, without visiting the grants.
CREATE INDEX access_grant_patient_account_idx ON access_grant (patient_id, portal_account_id);
DROP INDEX access_grant_patient_idx;

-- The rarer statuses in each order, so that a filtered page walks only accounts of that status.
CREATE INDEX portal_account_disabled_name_idx ON portal_account (name_key, id) WHERE NOT enabled;
CREATE INDEX portal_account_disabled_last_sign_in_idx ON portal_account (last_sign_in_key, id) WHERE NOT enabled;
CREATE INDEX portal_account_disabled_created_idx ON portal_account (created_at, id) WHERE NOT enabled;
CREATE INDEX portal_account_locked_name_idx ON portal_account (name_key, id) WHERE locked_until IS NOT NULL;
CREATE INDEX portal_account_locked_last_sign_in_idx ON portal_account (last_sign_in_key, id)
    WHERE locked_until IS NOT NULL;
CREATE INDEX portal_account_locked_created_idx ON portal_account (created_at, id) WHERE locked_until IS NOT NULL;
CREATE INDEX portal_account_must_change_name_idx ON portal_account (name_key, id) WHERE force_password_change;
CREATE INDEX portal_account_must_change_last_sign_in_idx ON portal_account (last_sign_in_key, id)
    WHERE force_password_change;
CREATE INDEX portal_account_must_change_created_idx ON portal_account (created_at, id) WHERE force_password_change;
CREATE INDEX portal_account_never_name_idx ON portal_account (name_key, id) WHERE last_sign_in_at IS NULL;
CREATE INDEX portal_account_never_last_sign_in_idx ON portal_account (last_sign_in_key, id) WHERE last_sign_in_at IS NULL;
CREATE INDEX portal_account_never_created_idx ON portal_account (created_at, id) WHERE last_sign_in_at IS NULL;

-- A page stops after a few rows; parallel workers scanning accounts would read far ahead of it
-- (a common name's first page read 69,000 accounts instead of 2,500). Exports stream in order.
ALTER TABLE portal_account SET (parallel_workers = 0);
