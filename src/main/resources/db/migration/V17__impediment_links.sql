-- Links from an impediment to the tracker issue it concerns (Jira, GitHub, Linear, or any web page), shown by key.
-- Written in the SQL that H2 (PostgreSQL mode) and PostgreSQL both accept.

create table impediment_link (
    impediment_id  bigint        not null references impediment (id),
    url            varchar(2000) not null,
    label          varchar(200)  not null,
    tracker        varchar(16)   not null,
    added_by       varchar(128)  not null,
    added_at       timestamp with time zone not null,
    primary key (impediment_id, url)
);
