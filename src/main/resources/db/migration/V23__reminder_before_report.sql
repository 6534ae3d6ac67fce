-- A stand-up's reminder may come a set time before the summary instead of after the prompt, so a member whose
-- prompt falls late still gets one.
-- Written in the SQL that H2 (PostgreSQL mode) and PostgreSQL both accept.

alter table standup add column reminder_before_report boolean default false not null;
