-- A bulk action's node writes a heartbeat with each chunk. When the heartbeat stops (its node died),
-- a sweep on any node marks the job failed, with the reason in 'failure' for its progress page:
-- STOPPED (its server stopped) or ERROR (an error stopped it).

ALTER TABLE bulk_job ADD COLUMN node_id VARCHAR(100);
ALTER TABLE bulk_job ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE bulk_job ADD COLUMN failure VARCHAR(20);

UPDATE bulk_job SET heartbeat_at = COALESCE(finished_at, created_at);

CREATE INDEX bulk_job_running_idx ON bulk_job (status, heartbeat_at);
