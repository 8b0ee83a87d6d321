-- Idempotency-Key (API.md): the first response to a caller's POST with a key, kept 24 h. The row commits in the
-- same transaction as the POST's effect, so a retried request either finds it or finds no effect at all.
create table idempotency_record (
    caller       varchar(200) not null,
    key          varchar(200) not null,
    method_path  varchar(300) not null,
    request_hash varchar(64)  not null,
    status       integer      not null,
    body         text,
    location     text,
    etag         varchar(100),
    created_at   timestamptz  not null,
    primary key (caller, key)
);
create index idempotency_record_created_at on idempotency_record (created_at);
