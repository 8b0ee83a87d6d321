-- A rebuild of the read model is a job (service/ReadModelRebuild): it builds a fresh read model aside, in a schema
-- of its own, while the live one keeps serving and being fed, then switches the tables in one short transaction.
-- One runs at a time across instances (the partial unique index); the instance running it renews its lease, and a
-- job whose instance died is failed by another one. topics: per topic, the offsets reached and the end aimed at.
create table read_model_rebuild (
    id           uuid         primary key,
    status       varchar(20)  not null,
    phase        varchar(20)  not null,
    topics       jsonb        not null default '[]',
    error        text,
    owner        varchar(100),
    heartbeat_at timestamptz,
    started_at   timestamptz  not null,
    started_by   varchar(120) not null,
    finished_at  timestamptz
);
create unique index read_model_rebuild_one_running on read_model_rebuild ((true)) where status = 'RUNNING';
create index read_model_rebuild_started_at on read_model_rebuild (started_at);
