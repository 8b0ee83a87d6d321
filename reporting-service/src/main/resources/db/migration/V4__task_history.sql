-- One truth: reporting judges a task with task-service's own rule (task-contract's TaskHistory and
-- TaskJudgement) from every version task-service published, each with the day it takes effect, so a date
-- is judged by what stood then. The flat copies of the facts were a second reading of them: dropped.
create table task_view_version (
    task_id      uuid    not null,
    version      bigint  not null,
    plan_id      uuid    not null,
    effective_on date,
    timeline     jsonb   not null,
    primary key (task_id, version)
);
create index task_view_version_plan on task_view_version (plan_id);

-- Every note an agency wrote on a task (a lead's progress report or a cooperating agency's contribution):
-- a report shows each agency's latest note as of its date.
create table task_view_note (
    task_id  uuid        not null,
    version  bigint      not null,
    plan_id  uuid        not null,
    org_id   uuid,
    note     text        not null,
    noted_at timestamptz not null,
    primary key (task_id, version)
);
create index task_view_note_plan on task_view_note (plan_id, noted_at);

alter table task_view
    drop column deadline_kind,
    drop column due_date,
    drop column completed_on,
    drop column completed_years,
    drop column latest_note,
    drop column latest_note_at;
