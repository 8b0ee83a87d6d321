-- As every service's migrations add it (platform's outbox_event maps the W3C trace context; API.md, Tracing).
alter table outbox_event add column traceparent text, add column tracestate text;
