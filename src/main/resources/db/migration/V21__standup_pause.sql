-- A stand-up a PM paused: no prompts, reminders or summary from paused_from until paused_until (inclusive; null
-- for until resumed). History stays as it is.
-- Written in the SQL that H2 (PostgreSQL mode) and PostgreSQL both accept.

alter table standup add column paused_from date;
alter table standup add column paused_until date;
alter table standup add column paused_by varchar(128);
