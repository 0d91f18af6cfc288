-- User Management: search and sort keys of portal accounts, kept by the database itself (PostgreSQL).

ALTER TABLE portal_account ADD COLUMN name_key VARCHAR(201)
    GENERATED ALWAYS AS (lower(last_name || ' ' || first_name)) STORED;
ALTER TABLE portal_account ADD COLUMN first_name_key VARCHAR(100) GENERATED ALWAYS AS (lower(first_name)) STORED;
-- Never signed in sorts last when newest sign-ins come first.
ALTER TABLE portal_account ADD COLUMN last_sign_in_key TIMESTAMP WITH TIME ZONE
    GENERATED ALWAYS AS (COALESCE(last_sign_in_at, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00')) STORED;

-- Sorting and keyset paging: (sort key, id) in both directions.
CREATE INDEX portal_account_name_idx ON portal_account (name_key, id);
CREATE INDEX portal_account_last_sign_in_idx ON portal_account (last_sign_in_key, id);
CREATE INDEX portal_account_created_idx ON portal_account (created_at, id);
CREATE INDEX portal_account_username_sort_idx ON portal_account (username_key, id);

-- Prefix search whatever the database's collation.
CREATE INDEX portal_account_username_prefix_idx ON portal_account (username_key varchar_pattern_ops);
CREATE INDEX portal_account_name_prefix_idx ON portal_account (name_key varchar_pattern_ops);
CREATE INDEX portal_account_first_name_prefix_idx ON portal_account (first_name_key varchar_pattern_ops);
CREATE INDEX patient_mrn_prefix_idx ON patient (mrn varchar_pattern_ops);

-- The rarer statuses, so that their filters do not scan every account.
CREATE INDEX portal_account_disabled_idx ON portal_account (username_key, id) WHERE NOT enabled;
CREATE INDEX portal_account_locked_idx ON portal_account (username_key, id) WHERE locked_until IS NOT NULL;
CREATE INDEX portal_account_must_change_idx ON portal_account (username_key, id) WHERE force_password_change;
CREATE INDEX portal_account_never_idx ON portal_account (username_key, id) WHERE last_sign_in_at IS NULL;
