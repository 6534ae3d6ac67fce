-- People a blocker names as able to help ("@dana needs to approve the vendor keys"): each is asked in a DM and nudged
-- once a working day at their own working time until they acknowledge.
-- Written in the SQL that H2 (PostgreSQL mode) and PostgreSQL both accept.

create table impediment_helper (
    impediment_id    bigint       not null references impediment (id),
    user_id          varchar(128) not null,
    tagged_by        varchar(128) not null,
    tagged_at        timestamp with time zone not null,
    acknowledged_at  timestamp with time zone,
    next_nudge_at    timestamp with time zone,
    primary key (impediment_id, user_id)
);
create index impediment_helper_nudge_idx on impediment_helper (next_nudge_at);
