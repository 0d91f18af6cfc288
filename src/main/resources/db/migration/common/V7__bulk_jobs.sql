-- Bulk actions of User Management run in the background; their progress is kept here so that any
-- node can show it.

CREATE TABLE bulk_job (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    action      VARCHAR(30)  NOT NULL,
    total       INT          NOT NULL,
    done        INT          NOT NULL,
    changed     INT          NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    started_by  VARCHAR(100) NOT NULL,
    filter      VARCHAR(1000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE
);
