create extension if not exists unaccent;
create extension if not exists pg_trgm;

create function plantrack_fold(value text) returns text
    language sql immutable parallel safe strict
as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

-- What task-service knows of plans and organizations, fed only by plan-service's events (never its tables):
-- enough to validate references, scope by province and expand groups.
create table known_plan (
    id       uuid        primary key,
    province varchar(10) not null,
    number   varchar(60) not null,
    status   varchar(20) not null,
    sections text[]      not null default '{}',
    version  bigint      not null
);

create table known_organization (
    id           uuid         primary key,
    province     varchar(10)  not null,
    code         varchar(80)  not null,
    name         varchar(300) not null,
    type         varchar(40)  not null,
    member_ids   uuid[]       not null default '{}',
    member_types text[]       not null default '{}',
    valid_to     date,
    version      bigint       not null
);
create index known_organization_members on known_organization using gin (member_ids);

create table task (
    id                   uuid          primary key,
    province             varchar(10)   not null,
    plan_id              uuid          not null,
    section_code         varchar(20),
    code                 varchar(40)   not null,
    parent_id            uuid          references task (id),
    title                text          not null,
    description          text,
    lead_org_ids         uuid[]        not null,
    cooperating_org_ids  uuid[]        not null default '{}',
    expected_output      text,
    expected_output_type varchar(30),
    deadline_text        varchar(300),
    deadline_kind        varchar(20)   not null,
    due_date             date,
    deadline_start       date,
    deadline_from_year   integer,
    deadline_recurrence  varchar(20),
    deadline_condition   text,
    deadline_needs_review boolean      not null default false,
    deadline_review_reason text,
    condition_met_on     date,
    condition_document   text,
    status               varchar(20)   not null,
    status_reason        text,
    progress_percent     integer       not null default 0 check (progress_percent between 0 and 100),
    completed_on         date,
    evidence_number      varchar(100),
    evidence_date        date,
    evidence_link        varchar(1000),
    implements_task_id   uuid,
    search_text          text generated always as (plantrack_fold(code || ' ' || title || ' ' || coalesce(description, ''))) stored,
    version              bigint        not null default 0,
    created_at           timestamptz   not null,
    created_by           varchar(120)  not null,
    updated_at           timestamptz   not null,
    updated_by           varchar(120)  not null,
    constraint task_code_unique unique (plan_id, code)
);
create index task_province_plan on task (province, plan_id);
create index task_parent on task (parent_id);
create index task_due_date on task (province, due_date);
create index task_status on task (province, status);
create index task_lead_orgs on task using gin (lead_org_ids);
create index task_cooperating_orgs on task using gin (cooperating_org_ids);
create index task_search_trgm on task using gin (search_text gin_trgm_ops);

-- Progress reports and cooperating agencies' contribution notes, newest last.
create table task_progress (
    id              bigserial    primary key,
    task_id         uuid         not null references task (id),
    kind            varchar(20)  not null check (kind in ('PROGRESS', 'CONTRIBUTION')),
    org_id          uuid,
    status          varchar(20),
    percent         integer      check (percent between 0 and 100),
    note            text,
    difficulties    text,
    proposals       text,
    evidence_number varchar(100),
    evidence_date   date,
    evidence_link   varchar(1000),
    reported_at     timestamptz  not null,
    reported_by     varchar(120) not null
);
create index task_progress_task on task_progress (task_id, id);

-- A recurring task ("Hằng năm") is done once per year.
create table task_year_completion (
    task_id      uuid    not null references task (id),
    year         integer not null,
    completed_on date    not null,
    primary key (task_id, year)
);

-- Reminders sent, so each is sent once per task and due date, also with two instances running.
create table task_reminder (
    task_id  uuid        not null references task (id),
    kind     varchar(20) not null,
    due_date date        not null,
    sent_at  timestamptz not null,
    primary key (task_id, kind, due_date)
);
