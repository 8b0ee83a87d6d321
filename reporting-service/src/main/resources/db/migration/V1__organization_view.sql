-- The reporting read model's copy of the directory, built from plantrack.organizations events only.
-- version is the owner's aggregate version: an event older than the row changes nothing.
create table organization_view (
    id         uuid         primary key,
    code       varchar(80)  not null,
    province   varchar(10)  not null,
    name       varchar(300) not null,
    short_name varchar(120),
    type       varchar(40)  not null,
    parent_id  uuid,
    valid_from date,
    valid_to   date,
    version    bigint       not null,
    updated_at timestamptz  not null
);
create index organization_view_province on organization_view (province);
