-- Self-assessment responses (PHQ-9, GAD-7). A response is clinical history: once submitted it is never changed or
-- removed (a new response is a new row), so the database refuses UPDATE, DELETE and TRUNCATE as it does for the
-- ledger. Total, band and flags are stored as scored at submission, so history reads never re-score.
CREATE TABLE assessment_responses (
    response_id     uuid        PRIMARY KEY,
    client_id       uuid        NOT NULL,
    instrument      text        NOT NULL,
    answers         smallint[]  NOT NULL,
    difficulty      smallint    NULL,
    total           smallint    NOT NULL,
    band            text        NOT NULL,
    flags           text[]      NOT NULL,
    appointment_id  uuid        NULL,
    idempotency_key text        NULL,
    submitted_at    timestamptz NOT NULL,
    CHECK (total >= 0 AND array_length(answers, 1) > 0)
);
CREATE INDEX assessment_responses_client ON assessment_responses (client_id, submitted_at DESC);
-- A client's retried submission (same Idempotency-Key) finds the first response instead of adding one.
CREATE UNIQUE INDEX assessment_responses_idempotency ON assessment_responses (client_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

CREATE FUNCTION assessment_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    RAISE EXCEPTION 'assessment responses are append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation',
              HINT = 'A client answers again with a new response; earlier ones stay as they were.';
END;
$body$;

CREATE TRIGGER assessment_responses_append_only
    BEFORE UPDATE OR DELETE ON assessment_responses
    FOR EACH ROW EXECUTE FUNCTION assessment_refuse_change();

CREATE TRIGGER assessment_responses_no_truncate
    BEFORE TRUNCATE ON assessment_responses
    FOR EACH STATEMENT EXECUTE FUNCTION assessment_refuse_change();
