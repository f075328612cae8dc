-- The files a submitted change deletes: a null content is not kept in policy_change_file.
create table policy_change_deletion (
    change_id  bigint       not null,
    path       varchar(300) not null,
    primary key (change_id, path)
);
alter table policy_change_deletion add constraint policy_change_deletion_change_fk
    foreign key (change_id) references policy_change (id);
