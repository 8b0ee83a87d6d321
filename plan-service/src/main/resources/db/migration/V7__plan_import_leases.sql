-- Import jobs belong to the instance that reads them (owner) while it renews their lease (heartbeat_at): with two
-- instances, a starting one fails only the jobs whose instance stopped renewing, never another live one's.
alter table plan_import add column owner varchar(100);
alter table plan_import add column heartbeat_at timestamptz;
