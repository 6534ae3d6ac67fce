-- The execution log keeps issues (a risk that occurred) and change requests beside impediments, with the same ids,
-- history, owners and goal links. A change request is triaged (assessed, then decided by a PM), never escalated.
-- Written in the SQL that H2 (PostgreSQL mode) and PostgreSQL both accept.

alter table impediment add column kind varchar(16) default 'IMPEDIMENT' not null;
alter table impediment add column impact varchar(1000);
alter table impediment add column change_areas varchar(64);
alter table impediment add column assessed_at timestamp with time zone;
alter table impediment add column assessed_by varchar(128);
alter table impediment add column decision varchar(12);
alter table impediment add column decision_reason varchar(1000);
alter table impediment add column decided_at timestamp with time zone;
alter table impediment add column decided_by varchar(128);
-- When an unassessed change request reminds its team's PMs (working time after it was requested); null once reminded
-- or assessed, so the reminder goes once.
alter table impediment add column triage_due_at timestamp with time zone;

create index impediment_team_kind_idx on impediment (team_id, kind, status);
create index impediment_triage_due_idx on impediment (triage_due_at);
