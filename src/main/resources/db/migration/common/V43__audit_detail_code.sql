-- An audit detail as a message code with its arguments (a JSON array of strings), so that each
-- reader reads it in their language; detail keeps it in English words for searching and exporting.
-- Records from before have no code and show their detail as stored.
ALTER TABLE audit_event ADD COLUMN detail_code VARCHAR(100);
ALTER TABLE audit_event ADD COLUMN detail_args VARCHAR(2000);
