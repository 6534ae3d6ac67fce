-- H2 has no trigram index; its searches of answers and titles read the team's rows, which an embedded database's
-- sizes allow. PostgreSQL's V19 adds pg_trgm indexes. This keeps the two databases' versions in step.

select 1;
