-- Optimistic locking for impediments, indexes for per-member stand-up look-ups, and room for Teams' long
-- conversation ids in event keys.

alter table impediment add column version integer default 0 not null;

create index standup_entry_member_idx on standup_entry (member_id, prompted_at);
create index standup_answer_member_idx on standup_answer (member_id, kind);

alter table processed_event alter column event_key set data type varchar(400);
