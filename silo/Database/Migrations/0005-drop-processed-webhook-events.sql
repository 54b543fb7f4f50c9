-- processed_webhook_events (0003) was meant to remember webhook deliveries already handled, but nothing ever read
-- or wrote it: deduplication lives in the PaymentEventGrain, keyed by the provider's event id, whose persisted state
-- records when the event was handled, and a second delivery of the same id finds that and does nothing. The handlers
-- behind it are idempotent on the payment reference as well (docs/adr/0011-payments.md), which covers the moment a
-- silo dies mid-event. An empty table that looks like the source of truth would only mislead, so it goes.
DROP TABLE IF EXISTS processed_webhook_events;
