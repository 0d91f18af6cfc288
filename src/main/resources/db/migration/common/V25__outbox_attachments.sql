-- Files attached to an outbox message (such as an appointment's calendar file), stored with the
-- message in the transaction that queued it. The content is Base64 text, so that one column type
-- serves H2 and PostgreSQL alike; like the message's text, it is dropped once the message is sent.

CREATE TABLE outbox_attachment (
    email_id       BIGINT       NOT NULL REFERENCES outbox_email (id) ON DELETE CASCADE,
    seq            INT          NOT NULL,
    filename       VARCHAR(200) NOT NULL,
    content_type   VARCHAR(200) NOT NULL,
    content_base64 VARCHAR(1000000),
    PRIMARY KEY (email_id, seq)
);
