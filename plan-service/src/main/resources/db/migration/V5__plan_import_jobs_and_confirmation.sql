-- Imports as jobs (READING with a stage and a percentage until the document is read, FAILED with the reason if it
-- could not be) and their confirmation (CONFIRMED: who confirmed it, when, and what was sent to task- and
-- indicator-service). A job has no plan and no result until it has read the document.
alter table plan_import alter column plan_id drop not null;
alter table plan_import alter column result drop not null;
alter table plan_import add column source_format varchar(10) not null default 'TEXT';
alter table plan_import add column stage varchar(40);
alter table plan_import add column progress smallint not null default 100;
alter table plan_import add column failure jsonb;
alter table plan_import add column confirmed_at timestamptz;
alter table plan_import add column confirmed_by varchar(120);
alter table plan_import add column confirmation jsonb;
alter table plan_import add column version bigint not null default 0;
create index plan_import_running on plan_import (status) where status = 'READING';
