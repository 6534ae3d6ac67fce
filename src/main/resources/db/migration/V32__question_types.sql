-- Stand-up questions get a type (free text, a mood or health scale of 1 to 5, yes/no, a choice), options and a
-- condition; they are kept with the questions in standup.questions, where a question stored before types reads as
-- free text, so existing stand-ups need no change here. Scale answers are kept as numbers, so a stand-up's trend is
-- one aggregate query. An anonymous question's score is kept here only, never as an answer's text, so the summary,
-- the history, the exports and the API cannot show it next to a name; its member is kept so the member can edit it.
-- Written in the SQL that H2 (PostgreSQL mode) and PostgreSQL both accept.

create table standup_score (
    run_id     bigint      not null references standup_run (id),
    member_id  bigint      not null references member (id),
    position   integer     not null,
    scale      varchar(8)  not null,
    score      smallint    not null,
    anonymous  boolean     not null,
    primary key (run_id, member_id, position),
    constraint standup_score_range_ck check (score between 1 and 5)
);
