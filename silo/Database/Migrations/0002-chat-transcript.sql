-- Chat transcripts: one row per message, appended by the session's grain. Rows are never rewritten, so the
-- 10,000th message of a session costs one indexed insert, as the first did.
CREATE TABLE chat_messages (
    session_id        uuid        NOT NULL,
    sequence          bigint      NOT NULL,
    client_message_id text        NOT NULL,
    sender_id         uuid        NOT NULL,
    body              text        NOT NULL,
    sent_at           timestamptz NOT NULL,
    PRIMARY KEY (session_id, sequence),
    -- A resent message (same client id) is stored once: the insert finds the original instead.
    CONSTRAINT chat_messages_client_id UNIQUE (session_id, client_message_id)
);
