-- After a Retry-After pause, one call (the probe) goes first and the others wait for its answer, so a storm that goes
-- on costs one more 429 per pause, not one per sender. probing: the budget was paused and no call has got through
-- since; probe_until: a probe is on its way until then (a replica that died holding it lets it lapse).
alter table rate_budget add column probing boolean default false not null;
alter table rate_budget add column probe_until timestamp with time zone;
