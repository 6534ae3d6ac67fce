-- The ranges the dashboard's trends and the digests ask for by time: prompts sent in a week, impediments opened and
-- resolved in a week, rungs fired in a week.
-- Written in the SQL that H2 (PostgreSQL mode) and PostgreSQL both accept.

create index standup_entry_prompted_idx on standup_entry (prompted_at);
create index impediment_team_opened_idx on impediment (team_id, opened_at);
create index impediment_team_resolved_idx on impediment (team_id, resolved_at);
create index escalation_record_at_idx on escalation_record (at);
