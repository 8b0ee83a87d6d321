-- The rest of the read model, built only from the owners' events. version = the owner's aggregate version:
-- an event not newer than the row changes nothing, so duplicates, replays and out-of-order events are harmless.
create table plan_view (
    id              uuid          primary key,
    province        varchar(10)   not null,
    number          varchar(60)   not null,
    title           text,
    issuer_org_id   uuid,
    issued_on       date,
    status          varchar(20)   not null,
    reporting_rules jsonb         not null default '[]',
    version         bigint        not null,
    updated_at      timestamptz   not null
);

create table task_view (
    id                  uuid          primary key,
    province            varchar(10)   not null,
    plan_id             uuid          not null,
    section_code        varchar(20),
    code                varchar(40)   not null,
    parent_id           uuid,
    title               text          not null,
    lead_org_ids        uuid[]        not null default '{}',
    cooperating_org_ids uuid[]        not null default '{}',
    deadline_text       varchar(300),
    deadline_kind       varchar(20)   not null,
    due_date            date,
    status              varchar(20)   not null,
    progress_percent    integer       not null default 0,
    completed_on        date,
    completed_years     jsonb         not null default '{}',
    latest_note         text,
    latest_note_at      timestamptz,
    version             bigint        not null,
    updated_at          timestamptz   not null
);
create index task_view_plan on task_view (plan_id);
create index task_view_lead on task_view using gin (lead_org_ids);

create table indicator_view (
    id                 uuid          primary key,
    province           varchar(10)   not null,
    plan_id            uuid          not null,
    code               varchar(40)   not null,
    parent_id          uuid,
    name               text          not null,
    unit               varchar(300),
    lead_org_ids       uuid[]        not null default '{}',
    monitoring_org_ids uuid[]        not null default '{}',
    targets            jsonb         not null default '[]',
    evaluation         jsonb         not null default '{}',
    version            bigint        not null,
    updated_at         timestamptz   not null
);
create index indicator_view_plan on indicator_view (plan_id);

create table measurement_view (
    indicator_id uuid        not null,
    period       varchar(10) not null,
    period_end   date        not null,
    value        text        not null,
    version      bigint      not null,
    primary key (indicator_id, period)
);

-- How far behind the owners the read model is: the time of the newest event applied, per topic.
create table read_model_position (
    topic       varchar(100) primary key,
    event_time  timestamptz  not null,
    applied_at  timestamptz  not null
);

-- A unit's report for a plan and period. content is the prefilled part, frozen at submission.
create table unit_report (
    id            uuid          primary key,
    province      varchar(10)   not null,
    plan_id       uuid          not null,
    period        varchar(40)   not null,
    org_id        uuid          not null,
    status        varchar(20)   not null,
    results       text,
    difficulties  text,
    proposals     text,
    content       jsonb,
    return_reason text,
    submitted_at  timestamptz,
    submitted_by  varchar(120),
    on_time       boolean,
    decided_at    timestamptz,
    decided_by    varchar(120),
    reminded      text[]        not null default '{}',
    version       bigint        not null default 0,
    created_at    timestamptz   not null,
    created_by    varchar(120)  not null,
    updated_at    timestamptz   not null,
    updated_by    varchar(120)  not null,
    constraint unit_report_unique unique (plan_id, period, org_id)
);
create index unit_report_plan_period on unit_report (plan_id, period);

-- The coordinator's consolidated report: a draft is rebuilt at will; issuing freezes it as a numbered version.
create table consolidated_report (
    id          uuid          primary key,
    province    varchar(10)   not null,
    plan_id     uuid          not null,
    period      varchar(40)   not null,
    status      varchar(20)   not null,
    number      integer       not null,
    content     jsonb         not null,
    built_at    timestamptz   not null,
    issued_at   timestamptz,
    issued_by   varchar(120),
    version     bigint        not null default 0,
    created_at  timestamptz   not null,
    created_by  varchar(120)  not null,
    updated_at  timestamptz   not null,
    updated_by  varchar(120)  not null,
    constraint consolidated_report_number unique (plan_id, period, number)
);

-- Export jobs: the file is kept and downloadable.
create table export_job (
    id          uuid          primary key,
    province    varchar(10)   not null,
    report_id   uuid          not null references consolidated_report (id),
    format      varchar(10)   not null,
    status      varchar(20)   not null,
    progress    integer       not null default 0,
    file        bytea,
    file_name   varchar(200),
    error       text,
    created_at  timestamptz   not null,
    created_by  varchar(120)  not null,
    finished_at timestamptz
);
