-- When a sprint's end was announced to other features (webhooks' sprint.ended), so a sprint that simply runs out,
-- without /sprint end, is announced once, the day after its last day.
-- Written in the SQL that H2 (PostgreSQL mode) and PostgreSQL both accept.

alter table sprint add column end_announced_at timestamp with time zone;
