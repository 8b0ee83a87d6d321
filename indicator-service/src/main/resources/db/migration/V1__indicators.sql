create extension if not exists unaccent;
create extension if not exists pg_trgm;

create function plantrack_fold(value text) returns text
    language sql immutable parallel safe strict
as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

-- What indicator-service knows of plans and organizations, fed only by plan-service's events.
create table known_plan (
    id        uuid        primary key,
    province  varchar(10) not null,
    number    varchar(60) not null,
    status    varchar(20) not null,
    issued_on date,
    version   bigint      not null
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

-- An indicator of a plan's appendix. Targets (one per milestone year) keep the document's text beside
-- their reading. last_evaluation holds the evaluation last announced, so evaluation-changed is sent only
-- when it really changes.
create table indicator (
    id                   uuid          primary key,
    province             varchar(10)   not null,
    plan_id              uuid          not null,
    code                 varchar(40)   not null,
    parent_id            uuid          references indicator (id),
    name                 text          not null,
    unit                 varchar(300),
    direction            varchar(20)   not null,
    counting             varchar(20)   not null,
    value_type           varchar(10),
    lead_org_ids         uuid[]        not null default '{}',
    responsible_org_ids  uuid[]        not null default '{}',
    monitoring_org_ids   uuid[]        not null default '{}',
    baseline_value       numeric(20, 6),
    baseline_text        varchar(300),
    baseline_year        integer,
    targets              jsonb         not null default '[]',
    last_evaluation      jsonb         not null default '{}',
    search_text          text generated always as (plantrack_fold(code || ' ' || name)) stored,
    version              bigint        not null default 0,
    created_at           timestamptz   not null,
    created_by           varchar(120)  not null,
    updated_at           timestamptz   not null,
    updated_by           varchar(120)  not null,
    constraint indicator_code_unique unique (plan_id, code)
);
create index indicator_province_plan on indicator (province, plan_id);
create index indicator_parent on indicator (parent_id);
create index indicator_monitoring_orgs on indicator using gin (monitoring_org_ids);
create index indicator_lead_orgs on indicator using gin (lead_org_ids);
create index indicator_search_trgm on indicator using gin (search_text gin_trgm_ops);

-- The current value of an indicator for a period; corrections overwrite it and the old value stays in
-- the audit trail (field "value <period>").
create table measurement (
    id             uuid           primary key,
    indicator_id   uuid           not null references indicator (id),
    period         varchar(10)    not null,
    period_end     date           not null,
    number_value   numeric(20, 6),
    boolean_value  boolean,
    text_value     text,
    source         varchar(500),
    note           text,
    org_id         uuid,
    revision       integer        not null default 1,
    recorded_at    timestamptz    not null,
    recorded_by    varchar(120)   not null,
    constraint measurement_period_unique unique (indicator_id, period),
    constraint measurement_one_value check (num_nonnulls(number_value, boolean_value, text_value) = 1)
);
create index measurement_indicator on measurement (indicator_id, period_end);

-- A coordinator's judgement of a qualitative target, per milestone year.
create table judgement (
    indicator_id uuid         not null references indicator (id),
    year         integer      not null,
    result       varchar(20)  not null check (result in ('MET', 'NOT_MET')),
    reason       text         not null,
    judged_at    timestamptz  not null,
    judged_by    varchar(120) not null,
    primary key (indicator_id, year)
);
