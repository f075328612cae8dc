-- A rollback waits for a second officer where the region asks for one, as a change of its own kind.
alter table policy_change add column kind varchar(12) default 'PUBLISH' not null;
