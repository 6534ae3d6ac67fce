-- Workspaces that removed Steward (uninstalled the app or revoked its bot token): nothing more is sent to them
-- until they use Steward again.
-- Written in the SQL that H2 (PostgreSQL mode) and PostgreSQL both accept.

create table workspace_status (
    platform      varchar(16)  not null,
    workspace_id  varchar(64)  not null,
    disabled_at   timestamp with time zone not null,
    reason        varchar(200) not null,
    primary key (platform, workspace_id)
);
