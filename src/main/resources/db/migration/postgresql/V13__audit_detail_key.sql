-- An account's page lists the audit records that name it (AuditTrail.about, history): read them
-- from an index on the detail's first 200 characters (a whole detail can be too long for an index
-- entry), not by walking the whole trail newest first.
ALTER TABLE audit_event ADD COLUMN detail_key VARCHAR(200) GENERATED ALWAYS AS (left(detail, 200)) STORED;
CREATE INDEX audit_event_detail_key_idx ON audit_event (detail_key varchar_pattern_ops);
