-- The job engine's queue of near-miss lists: a table like the others, claimed by threads of its own, so a
-- what-if never waits behind a near-miss list nor a list behind a what-if.
create table near_miss_tasks as select * from scheduled_tasks with no data;
alter table near_miss_tasks alter column task_name set not null;
alter table near_miss_tasks alter column task_instance set not null;
alter table near_miss_tasks alter column execution_time set not null;
alter table near_miss_tasks alter column picked set not null;
alter table near_miss_tasks alter column version set not null;
alter table near_miss_tasks add primary key (task_name, task_instance);
create index near_miss_tasks_execution_time on near_miss_tasks (execution_time);
create index near_miss_tasks_last_heartbeat on near_miss_tasks (last_heartbeat);
create index near_miss_tasks_priority on near_miss_tasks (priority desc, execution_time asc);
