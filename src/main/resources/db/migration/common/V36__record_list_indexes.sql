-- The patient list and the audit trail at a clinic network's size (bench/clinic-records.sh).
-- Each list's order ends with the id, and so does each index it is read from: the first page of a
-- filtered audit trail is then a backward range of one index, not every match sorted (H2 sorted them all).
DROP INDEX audit_event_patient_idx;
DROP INDEX audit_event_actor_idx;
DROP INDEX audit_event_action_idx;
CREATE INDEX audit_event_patient_idx ON audit_event (patient_id, occurred_at, id);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, occurred_at, id);
CREATE INDEX audit_event_action_idx ON audit_event (action, occurred_at, id);
DROP INDEX patient_name_idx;
CREATE INDEX patient_name_idx ON patient (last_name, first_name, id);
