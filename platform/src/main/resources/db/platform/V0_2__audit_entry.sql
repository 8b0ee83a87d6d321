-- Field-level history: who changed what, when, from which request, old value → new value. Written by the
-- service layer in the same transaction as the change (Hibernate Envers is not available for Quarkus 3.34).
create table audit_entry (
    id             bigserial    primary key,
    entity_type    varchar(60)  not null,
    entity_id      varchar(100) not null,
    version        bigint,
    action         varchar(40)  not null,
    field          varchar(120),
    old_value      text,
    new_value      text,
    note           text,
    changed_at     timestamptz  not null,
    changed_by     varchar(120) not null,
    changed_by_org varchar(100),
    province       varchar(10),
    request_id     varchar(128)
);
create index audit_entry_entity on audit_entry (entity_type, entity_id, id);
