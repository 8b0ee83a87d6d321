-- An imported plan document: the DRAFT plan it created, and what was read from it for the coordinator to
-- review (tasks and indicators with their organizations resolved, warnings pointing at source lines).
create table plan_import (
    id          uuid         primary key,
    province    varchar(10)  not null,
    plan_id     uuid         not null references plan (id),
    status      varchar(20)  not null,
    result      jsonb        not null,
    created_at  timestamptz  not null,
    created_by  varchar(120) not null
);
create index plan_import_plan on plan_import (plan_id);
