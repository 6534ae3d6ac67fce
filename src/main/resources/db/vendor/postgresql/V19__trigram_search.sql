-- PostgreSQL only: trigram indexes, so "contains these words" searches of stand-up answers and impediment titles
-- (lower(...) like '%words%') read an index instead of every row. pg_trgm is a trusted extension: a database owner
-- may create it without being a superuser. It goes in the public schema; if the database has it in another schema
-- already, the indexes name that schema's operator class. H2 has its own V19, which does nothing.

create extension if not exists pg_trgm with schema public;

do $$
declare
    trgm_schema text;
begin
    select n.nspname into trgm_schema
    from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'pg_trgm';
    execute format('create index standup_answer_text_trgm_idx on standup_answer using gin (lower(answer) %I.gin_trgm_ops)',
                   trgm_schema);
    execute format('create index impediment_title_trgm_idx on impediment using gin (lower(title) %I.gin_trgm_ops)',
                   trgm_schema);
end
$$;
