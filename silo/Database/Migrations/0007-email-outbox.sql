-- Email waiting to be sent. A row is written in the same step as the event that causes it (keyed by that event, so a
-- retried step queues nothing twice) and sent by a worker on any silo: rows are claimed with a lease under
-- SKIP LOCKED, retried with backoff while the mail server is unreachable, and marked sent once it accepted them.
CREATE TABLE email_outbox (
    email_id         uuid        PRIMARY KEY,
    dedup_key        text        NOT NULL UNIQUE,
    kind             text        NOT NULL,
    recipient        text        NOT NULL,
    subject          text        NOT NULL,
    text_body        text        NOT NULL,
    html_body        text        NOT NULL,
    created_at       timestamptz NOT NULL,
    next_attempt_at  timestamptz NOT NULL,
    attempts         integer     NOT NULL DEFAULT 0,
    locked_until     timestamptz NULL,
    sent_at          timestamptz NULL,
    last_error       text        NULL
);
CREATE INDEX email_outbox_due ON email_outbox (next_attempt_at) WHERE sent_at IS NULL;
