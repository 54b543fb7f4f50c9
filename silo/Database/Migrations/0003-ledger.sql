-- The double-entry ledger. Every movement of money is one transaction of signed entries whose amounts sum to
-- zero per currency (enforced at commit by the trigger below), recorded once per idempotency key. Balances are
-- sums over entries; nothing stores a balance on its own. Rows are only ever inserted.
CREATE TABLE ledger_transactions (
    transaction_id  uuid        PRIMARY KEY,
    idempotency_key text        NOT NULL UNIQUE,
    kind            text        NOT NULL,
    reference       text        NULL,
    created_at      timestamptz NOT NULL
);

CREATE TABLE ledger_entries (
    entry_id       bigserial   PRIMARY KEY,
    transaction_id uuid        NOT NULL REFERENCES ledger_transactions (transaction_id),
    account        text        NOT NULL,
    owner_id       uuid        NULL,      -- the user an account belongs to (client funds, counselor payable)
    currency       char(3)     NOT NULL,
    amount_minor   bigint      NOT NULL CHECK (amount_minor <> 0),
    memo           text        NULL
);
CREATE INDEX ledger_entries_account ON ledger_entries (account, entry_id);
CREATE INDEX ledger_entries_owner ON ledger_entries (owner_id, entry_id) WHERE owner_id IS NOT NULL;
CREATE INDEX ledger_entries_transaction ON ledger_entries (transaction_id);

CREATE FUNCTION ledger_transaction_balances() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    IF EXISTS (SELECT 1 FROM ledger_entries WHERE transaction_id = NEW.transaction_id
               GROUP BY currency HAVING sum(amount_minor) <> 0) THEN
        RAISE EXCEPTION 'ledger transaction % does not balance', NEW.transaction_id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END;
$body$;

CREATE CONSTRAINT TRIGGER ledger_entries_balance
    AFTER INSERT ON ledger_entries
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION ledger_transaction_balances();

-- Webhook deliveries already handled (payment providers deliver at least once).
CREATE TABLE processed_webhook_events (
    event_id     text        PRIMARY KEY,
    event_type   text        NOT NULL,
    processed_at timestamptz NOT NULL
);
