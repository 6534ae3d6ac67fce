-- How a stand-up's report appears: one summary at report time (as before), a thread with one reply per person as
-- answers arrive, or the summary posted when the stand-up starts and kept up to date.
-- Written in the SQL that H2 (PostgreSQL mode) and PostgreSQL both accept.

alter table standup add column report_style varchar(12) default 'SUMMARY' not null;

-- Each run keeps the style it started with, so a PM changing the style mid-day changes the next stand-up, not the
-- message already in the channel.
alter table standup_run add column report_style varchar(12);
