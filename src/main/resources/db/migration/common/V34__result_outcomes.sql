-- None twice: one result per employee and run, whichever instance wrote it.
drop index evaluation_result_nip;
create unique index evaluation_result_nip on evaluation_result (run_id, nip);

-- Awards and trainings of a result as rows of their own, filtered in SQL (the result keeps the full
-- list, with each one's rule and reason, for display). Rows of earlier runs: migration 35.
create table result_outcome (
    run_id bigint       not null references evaluation_run (id),
    nip    char(18)     not null,
    kind   varchar(10)  not null,
    code   varchar(100) not null,
    name   varchar(500) not null
);
create index result_outcome_code on result_outcome (run_id, kind, code, nip);
create index result_outcome_nip on result_outcome (run_id, nip, kind);
