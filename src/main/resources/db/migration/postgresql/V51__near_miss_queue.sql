-- The job engine's queue of near-miss lists: a table like the others, claimed by threads of its own, so a
-- what-if never waits behind a near-miss list nor a list behind a what-if.
create table near_miss_tasks (like scheduled_tasks including all);
