-- The W3C trace context of the transaction that wrote an outbox event (API.md, Tracing); the relay sends it on as
-- the Kafka record's traceparent/tracestate headers. outbox_event itself comes from the platform (db/platform
-- V0_1); the columns are added in this service's own numbering so that a database already past 0.x takes them.
alter table outbox_event add column traceparent text, add column tracestate text;
