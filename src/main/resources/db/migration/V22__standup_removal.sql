-- A stand-up a PM removed: it asks no one any more, its history stays (runs, answers), and the team may set up a new
-- one; its name gets the removal day so a new one can take the old name.
-- Written in the SQL that H2 (PostgreSQL mode) and PostgreSQL both accept.

alter table standup add column removed_at timestamp with time zone;
alter table standup add column removed_by varchar(128);
