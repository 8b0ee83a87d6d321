-- The directory copies are mapped once, by the directory-replica module, for task-service and indicator-service:
-- this brings indicator-service's known_plan and known_organization to the same shape as task-service's (the plan's
-- section codes, and the index on a group's members).
alter table known_plan add column sections text[] not null default '{}';
create index known_organization_members on known_organization using gin (member_ids);
