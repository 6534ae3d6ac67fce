-- Microsoft Teams: the conversation references proactive messages need (kept here so they survive restarts), the
-- people the bot has seen in each tenant (name, zone), and members a platform said cannot be reached.
-- Written in the SQL that H2 (PostgreSQL mode) and PostgreSQL both accept.

create table teams_conversation (
    tenant_id         varchar(64)  not null,
    kind              varchar(8)   not null,
    conversation_key  varchar(200) not null,
    conversation_id   varchar(300) not null,
    service_url       varchar(500) not null,
    bot_id            varchar(200) not null,
    updated_at        timestamp with time zone not null,
    primary key (tenant_id, kind, conversation_key)
);
create index teams_conversation_tenant_idx on teams_conversation (tenant_id, updated_at);

create table teams_user (
    tenant_id      varchar(64)  not null,
    user_id        varchar(200) not null,
    display_name   varchar(200) not null,
    aad_object_id  varchar(64),
    time_zone      varchar(64),
    updated_at     timestamp with time zone not null,
    primary key (tenant_id, user_id)
);

alter table member add column unreachable_since timestamp with time zone;
