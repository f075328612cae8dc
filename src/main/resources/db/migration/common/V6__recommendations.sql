-- The course catalogue behind training recommendations: each course answers one or more training
-- needs, by the code the rules give a Training (e.g. PENINGKATAN_KINERJA, BERAKHLAK_ADAPTIF).
-- Priority 1 is the most urgent; a need goes to its course of the lowest priority number.
-- Portable SQL for H2 2.4 and PostgreSQL 15.

create table course (
    code      varchar(40)  not null primary key,
    name      varchar(200) not null,
    jp        integer      not null,
    category  varchar(20)  not null,
    priority  integer      not null,
    provider  varchar(120) not null
);

create table course_need (
    course_code    varchar(40) not null references course (code),
    training_code  varchar(60) not null,
    primary key (course_code, training_code)
);
create index course_need_training_ix on course_need (training_code);
