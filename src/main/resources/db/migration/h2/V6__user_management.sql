-- User Management: search and sort keys of portal accounts, kept by the database itself (H2).

ALTER TABLE portal_account ADD COLUMN name_key VARCHAR(201) GENERATED ALWAYS AS (LOWER(last_name || ' ' || first_name));
ALTER TABLE portal_account ADD COLUMN first_name_key VARCHAR(100) GENERATED ALWAYS AS (LOWER(first_name));
-- Never signed in sorts last when newest sign-ins come first.
ALTER TABLE portal_account ADD COLUMN last_sign_in_key TIMESTAMP WITH TIME ZONE
    GENERATED ALWAYS AS (COALESCE(last_sign_in_at, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00'));

CREATE INDEX portal_account_name_idx ON portal_account (name_key, id);
CREATE INDEX portal_account_first_name_idx ON portal_account (first_name_key);
CREATE INDEX portal_account_last_sign_in_idx ON portal_account (last_sign_in_key, id);
CREATE INDEX portal_account_created_idx ON portal_account (created_at, id);
CREATE INDEX patient_first_name_idx ON patient (first_name);
