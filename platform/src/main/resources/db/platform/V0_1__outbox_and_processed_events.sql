-- Platform tables, present in every service's own database. Platform migrations are numbered 0.x so they run
-- before the service's own (1 and up).

-- Events written in the same transaction as the change they announce; the relay publishes them in id order.
create table outbox_event (
    id           bigserial    primary key,
    event_id     uuid         not null unique,
    topic        varchar(200) not null,
    event_type   varchar(200) not null,
    aggregate_id varchar(100) not null,
    province     varchar(20),
    payload      jsonb        not null,
    created_at   timestamptz  not null default now(),
    published_at timestamptz,
    attempts     integer      not null default 0,
    last_error   text
);
create index outbox_event_pending on outbox_event (id) where published_at is null;
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;

-- Ids of events a consumer has applied, written in the same transaction as the effect: a redelivered event
-- finds its id here and changes nothing.
create table processed_event (
    consumer     varchar(100) not null,
    event_id     varchar(200) not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
