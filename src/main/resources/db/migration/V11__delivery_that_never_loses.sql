-- Deliveries know what they are (kind, team) and how long they matter (expires_at), remember when an attempt left
-- (so an unknown outcome is looked up before sending again) and which part of a multi-part message is done; rate
-- limits and pauses are shared by every replica through the database.
-- Written in the SQL that H2 (PostgreSQL mode) and PostgreSQL both accept.

alter table delivery add column kind varchar(16) default 'NOTICE' not null;
alter table delivery add column team_id bigint;
alter table delivery add column expires_at timestamp with time zone;
update delivery set expires_at = created_at + interval '1' day;
alter table delivery alter column expires_at set not null;
alter table delivery add column first_attempt_at timestamp with time zone;
alter table delivery add column attempt_started_at timestamp with time zone;
alter table delivery add column uncertain boolean default false not null;
alter table delivery add column step varchar(16);

-- Dead and expired messages by team and kind, for the operator's view; the dispatcher's own index is delivery_due_idx.
create index delivery_failed_idx on delivery (status, team_id, kind);

-- One row per budget (a workspace's method, a conversation, a tenant): tokens left, when they were last refilled, and
-- a pause the platform asked for with Retry-After.
create table rate_budget (
    budget_key    varchar(300) primary key,
    tokens        double precision not null,
    refilled_at   timestamp with time zone not null,
    paused_until  timestamp with time zone
);
