-- Retention: sent deliveries keep their rows (their keys keep idempotency) but lose their payloads after a while;
-- processed events and sandbox messages are deleted after a while. Each prune reads its rows through an index, in
-- batches, so it never scans the table or holds many locks.
alter table delivery add column payload_pruned_at timestamp with time zone;
create index delivery_retention_idx on delivery (status, payload_pruned_at, sent_at);
create index processed_event_received_idx on processed_event (received_at);
create index sandbox_message_created_idx on sandbox_message (created_at);
