-- The directory replica's tables (module directory-replica maps them, each service creates them: same DDL as
-- task-service V1 + V2 and indicator-service V1 + V3).
create table known_plan (
    id        uuid        primary key,
    province  varchar(10) not null,
    number    varchar(60) not null,
    status    varchar(20) not null,
    sections  text[]      not null default '{}',
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
create index known_organization_members on known_organization using gin (member_ids);

-- An organization's focal points (its contacts in plan-service's directory), as of the organization's version.
create table focal_point_list (
    org_id   uuid        primary key,
    province varchar(10) not null,
    version  bigint      not null
);
create table focal_point (
    org_id   uuid         not null references focal_point_list (org_id) on delete cascade,
    position int          not null,
    name     varchar(300),
    email    varchar(320),
    phone    varchar(60),
    role     varchar(300),
    primary key (org_id, position)
);

-- What the templates say about a task that a reminder does not carry (the deadline as written).
create table known_task (
    id            uuid         primary key,
    province      varchar(10)  not null,
    code          varchar(80)  not null,
    title         text         not null,
    deadline_text varchar(300),
    version       bigint       not null
);

-- The in-app inbox: one entry per (event, addressee); an addressee is an organization ('org:<id>', every platform
-- user of it sees the entry) or a province's coordinators ('coordinators:<province>').
create table notification (
    id          uuid         primary key,
    event_id    varchar(200) not null,
    kind        varchar(40)  not null,
    province    varchar(10)  not null,
    addressee   varchar(80)  not null,
    org_id      uuid,
    subject     text         not null,
    body        text         not null,
    link        text,
    created_at  timestamptz  not null,
    constraint notification_once unique (event_id, addressee)
);
create index notification_org on notification (org_id, created_at desc);
create index notification_addressee on notification (addressee, created_at desc);

-- Read marks are per user.
create table notification_read (
    notification_id uuid         not null references notification (id) on delete cascade,
    username        varchar(200) not null,
    read_at         timestamptz  not null,
    primary key (notification_id, username)
);

-- Emails to send: one per (event, address), recorded in the consuming transaction, sent afterwards by the sender
-- (immediate: next_attempt_at; a digest: digest_at, with every other digest row of the address due then).
create table email_delivery (
    id              uuid         primary key,
    event_id        varchar(200) not null,
    kind            varchar(40)  not null,
    province        varchar(10)  not null,
    address         varchar(320) not null,
    recipient_name  varchar(300),
    subject         text         not null,
    text_body       text         not null,
    html_body       text         not null,
    digest_at       timestamptz,
    status          varchar(20)  not null,
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    leased_until    timestamptz,
    last_error      text,
    sent_at         timestamptz,
    created_at      timestamptz  not null,
    constraint email_delivery_once unique (event_id, address)
);
create index email_delivery_due on email_delivery (next_attempt_at) where status = 'PENDING';

-- A user's choices per kind: channels, immediate or a daily digest at an hour (Asia/Ho_Chi_Minh). Who they are
-- (email, province, organization, coordinator) is taken from their token when they save.
create table notification_preference (
    username    varchar(200) not null,
    kind        varchar(40)  not null,
    email       boolean      not null,
    inbox       boolean      not null,
    delivery    varchar(20)  not null,
    digest_hour int,
    address     varchar(320),
    province    varchar(10),
    org_id      uuid,
    coordinator boolean      not null,
    updated_at  timestamptz  not null,
    primary key (username, kind),
    constraint notification_preference_hour check (digest_hour is null or digest_hour between 0 and 23)
);
create index notification_preference_org on notification_preference (org_id, kind) where email;

-- The W3C trace context of an outbox event, as every service's migrations add it to platform's outbox_event (API.md,
-- Tracing). This service writes no event; the platform's relay maps the table all the same.
alter table outbox_event add column traceparent text, add column tracestate text;
