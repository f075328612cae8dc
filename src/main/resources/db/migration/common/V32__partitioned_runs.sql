-- Official runs as partitions (an agency, or a part of a large one) executed as jobs by any instance; a run
-- is visible, as official, only once its status is DONE.
alter table evaluation_run add column status varchar(10) default 'DONE' not null;
alter table evaluation_run add column partitions integer default 0 not null;
alter table evaluation_run add column partitions_done integer default 0 not null;
alter table evaluation_run add column failure varchar(2000);
create index evaluation_run_status on evaluation_run (status, region_id);

create table run_partition (
    run_id      bigint       not null references evaluation_run (id),
    part        integer      not null,
    agency_code varchar(40)  not null,
    from_id     bigint       not null,
    to_id       bigint       not null,
    employees   integer      not null,
    status      varchar(10)  not null,
    done        integer      default 0 not null,
    worker      varchar(100),
    attempts    integer      default 0 not null,
    started_at  timestamp with time zone,
    finished_at timestamp with time zone,
    failure     varchar(2000),
    primary key (run_id, part)
);

-- a partition's results are replaced whole when it runs again on another instance
alter table evaluation_result add column part integer;
create index evaluation_result_part on evaluation_result (run_id, part);
