-- Satyalancana Karya Satya is barred by a moderate or heavy sanction at any time in the service, while
-- employee.sanction holds only the one on record (the last five years): remember that there ever was one.
alter table employee add column heavy_sanction_ever boolean default false not null;
update employee set heavy_sanction_ever = true where sanction in ('SEDANG', 'BERAT');
