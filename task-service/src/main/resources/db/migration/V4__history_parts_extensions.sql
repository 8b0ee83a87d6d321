-- History is history: every version of what the timeliness rule reads of a task (task-contract's TaskVersion),
-- with the day it takes effect, exactly as published on plantrack.tasks. Judging a past date folds these
-- (TaskHistory), so a later cancellation, reopening or deadline change never rewrites the days before it.
create table task_version (
    task_id      uuid        not null references task (id),
    version      bigint      not null,
    effective_on date,
    timeline     jsonb       not null,
    recorded_at  timestamptz not null,
    primary key (task_id, version)
);

-- When a collective leads a task ("Các sở, ngành, đơn vị, địa phương"), each member agency carries out its
-- own part: its own status, percent and completion. A member without a row has not reported (NOT_STARTED).
create table task_part (
    task_id          uuid         not null references task (id),
    org_id           uuid         not null,
    status           varchar(20)  not null,
    progress_percent integer      not null default 0 check (progress_percent between 0 and 100),
    completed_on     date,
    completed_years  jsonb        not null default '{}',
    updated_at       timestamptz  not null,
    updated_by       varchar(120) not null,
    primary key (task_id, org_id)
);

-- A deadline is changed only by the authority that set it: an agency asks ("xin gia hạn") with a reason and
-- the coordinator decides; a coordinator's own change is recorded the same way (DIRECT). The approved
-- deadline applies from the decision.
create table task_deadline_change (
    id                     uuid          primary key,
    task_id                uuid          not null references task (id),
    kind                   varchar(12)   not null check (kind in ('REQUEST', 'DIRECT')),
    status                 varchar(12)   not null check (status in ('REQUESTED', 'APPROVED', 'REFUSED')),
    reason                 text          not null,
    previous_deadline_text varchar(300),
    previous_due_date      date,
    deadline_text          varchar(300)  not null,
    due_date               date,
    extends                boolean       not null default false,
    requested_by           varchar(120)  not null,
    requested_by_org       uuid,
    requested_at           timestamptz   not null,
    decided_by             varchar(120),
    decided_at             timestamptz,
    decided_on             date,
    decision_note          text
);
create index task_deadline_change_task on task_deadline_change (task_id, requested_at);
create unique index task_deadline_change_one_open on task_deadline_change (task_id) where status = 'REQUESTED';
