-- An account's page lists the audit records that name it (AuditTrail.about, history): read them
-- from an index on the detail's first 200 characters, not by walking the whole trail newest first.
ALTER TABLE audit_event ADD COLUMN detail_key VARCHAR(200) GENERATED ALWAYS AS (LEFT(detail, 200));
CREATE INDEX audit_event_detail_key_idx ON audit_event (detail_key);
