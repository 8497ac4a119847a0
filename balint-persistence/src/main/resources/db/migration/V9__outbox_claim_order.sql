-- Workers claim a tenant's due messages in the order (next_attempt_at, id). ix_outbox_due ended at
-- next_attempt_at, so every claim sorted all of the tenant's due messages to pick the first few, and a
-- deep outbox made each claim slower. With id in the index both Apache Derby and PostgreSQL read the
-- due messages in claim order and stop after the batch. The new index covers every lookup the old one
-- served (same leading columns), so the old one goes.
CREATE INDEX ix_outbox_claim ON outbox (tenant_id, state, next_attempt_at, id);

DROP INDEX ix_outbox_due;
