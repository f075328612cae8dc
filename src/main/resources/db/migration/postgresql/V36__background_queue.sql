-- The job engine's background queue (what-ifs): a table like the official queue's, claimed by threads of its own.
create table background_tasks (like scheduled_tasks including all);
