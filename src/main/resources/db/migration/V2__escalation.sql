-- The impediment lifecycle (snooze, rungs, reopen, merge), team working calendars and escalation ladders.

create table team_calendar (
    team_id    bigint primary key references team (id),
    work_days  varchar(64)   not null,
    day_start  time          not null,
    day_end    time          not null,
    holidays   varchar(4000) not null
);

alter table impediment add column rung integer default 0 not null;
alter table impediment add column snoozed_at timestamp with time zone;
alter table impediment add column snoozed_until timestamp with time zone;
alter table impediment add column paused_minutes bigint default 0 not null;
alter table impediment add column climb_started_at timestamp with time zone;
alter table impediment add column next_escalation_at timestamp with time zone;
alter table impediment add column due_date date;
alter table impediment add column merged_into bigint references impediment (id);
alter table impediment add column resolved_working_minutes bigint;
update impediment set climb_started_at = opened_at;
alter table impediment alter column climb_started_at set not null;

-- The escalation scan reads only the impediments whose next check has come.
create index impediment_next_escalation_idx on impediment (next_escalation_at);

create table impediment_reporter (
    impediment_id  bigint       not null references impediment (id),
    user_id        varchar(128) not null,
    primary key (impediment_id, user_id)
);
insert into impediment_reporter (impediment_id, user_id) select id, reporter_id from impediment;

create table escalation_policy (
    team_id                bigint primary key references team (id),
    rungs                  varchar(500)  not null,
    high_severity_percent  integer       not null,
    escalation_channel     varchar(128),
    stakeholders           varchar(2000) not null
);

create table escalation_record (
    impediment_id      bigint       not null references impediment (id),
    climb_started_at   timestamp with time zone not null,
    rung               integer      not null,
    target             varchar(32)  not null,
    conversation_kind  varchar(8)   not null,
    conversation_id    varchar(128) not null,
    at                 timestamp with time zone not null,
    primary key (impediment_id, climb_started_at, rung, conversation_kind, conversation_id)
);
