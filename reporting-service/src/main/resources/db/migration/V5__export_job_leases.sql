-- Export jobs belong to the instance that runs them (owner) while it renews their lease (heartbeat_at): a job whose
-- instance died is failed by another one, never left RUNNING; finished jobs (and their files) are deleted after the
-- retention.
alter table export_job add column owner varchar(100);
alter table export_job add column heartbeat_at timestamptz;
create index export_job_active on export_job (status) where status in ('QUEUED', 'RUNNING');
create index export_job_finished_at on export_job (finished_at) where finished_at is not null;
