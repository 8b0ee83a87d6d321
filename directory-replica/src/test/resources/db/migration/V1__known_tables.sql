-- The tables as each service's own migrations leave them (task-service V1 + V2, indicator-service V1 + V3): the
-- module maps them but ships no migration (README.md), so its tests create them the way a service does.
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
