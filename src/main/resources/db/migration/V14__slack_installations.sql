-- Slack workspaces (and Enterprise Grid organisations) that installed Steward through "Add to Slack", when Steward
-- serves many workspaces. A workspace install is keyed by its team id; an organisation-wide install by its
-- enterprise id. The bot token is encrypted (AES-GCM) with the key named in token_key_id, bound to install_key.
-- Written in the SQL that H2 (PostgreSQL mode) and PostgreSQL both accept.

create table slack_installation (
    install_key        varchar(32)  primary key,
    enterprise_id      varchar(32),
    team_id            varchar(32),
    team_name          varchar(200),
    enterprise_install boolean      not null,
    app_id             varchar(32),
    bot_user_id        varchar(32)  not null,
    bot_token          varchar(2000) not null,
    token_key_id       varchar(32)  not null,
    scopes             varchar(2000) not null,
    installer_user_id  varchar(32)  not null,
    installed_at       timestamp with time zone not null
);

-- The workspaces of an organisation whose org-wide install serves them, learnt from their requests, so a message to
-- one of them finds the organisation's token.
create table slack_org_workspace (
    team_id        varchar(32) primary key,
    enterprise_id  varchar(32) not null
);

-- An "Add to Slack" flow under way: the state Slack hands back, accepted once and only until it expires.
create table slack_oauth_state (
    state       varchar(64) primary key,
    expires_at  timestamp with time zone not null
);
create index slack_oauth_state_expiry on slack_oauth_state (expires_at);
