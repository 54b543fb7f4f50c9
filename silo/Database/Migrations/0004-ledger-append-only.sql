-- The ledger is history: a wrong entry is corrected by a new, reversing transaction, never by rewriting the old
-- one (docs/adr/0010-ledger.md). Until now only the code kept to that; the database now refuses any UPDATE, DELETE
-- or TRUNCATE of ledger rows, whoever sends it, so neither a bug nor a hand-typed statement can change what a
-- statement or a balance was built from. Dropping or disabling the triggers takes the table owner, on purpose.
CREATE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    RAISE EXCEPTION 'ledger rows are append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation',
              HINT = 'Record a new transaction that reverses or corrects the earlier one.';
END;
$body$;

CREATE TRIGGER ledger_transactions_append_only
    BEFORE UPDATE OR DELETE ON ledger_transactions
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();

CREATE TRIGGER ledger_entries_append_only
    BEFORE UPDATE OR DELETE ON ledger_entries
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();

-- Row triggers never see TRUNCATE, which empties a table without visiting its rows.
CREATE TRIGGER ledger_transactions_no_truncate
    BEFORE TRUNCATE ON ledger_transactions
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();

CREATE TRIGGER ledger_entries_no_truncate
    BEFORE TRUNCATE ON ledger_entries
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
