-- The job engine's background queue (what-ifs): a table like the official queue's, claimed by threads of its own.
create table background_tasks as select * from scheduled_tasks with no data;
alter table background_tasks alter column task_name set not null;
alter table background_tasks alter column task_instance set not null;
alter table background_tasks alter column execution_time set not null;
alter table background_tasks alter column picked set not null;
alter table background_tasks alter column version set not null;
alter table background_tasks add primary key (task_name, task_instance);
create index background_tasks_execution_time on background_tasks (execution_time);
create index background_tasks_last_heartbeat on background_tasks (last_heartbeat);
create index background_tasks_priority on background_tasks (priority desc, execution_time asc);
