-- Members a stand-up prompts but does not count as missing when they stay silent.
-- Written in the SQL that H2 (PostgreSQL mode) and PostgreSQL both accept.

create table standup_optional (
    standup_id  bigint not null references standup (id),
    member_id   bigint not null references member (id),
    primary key (standup_id, member_id)
);
