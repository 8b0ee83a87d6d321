-- Plans: issued documents (Kế hoạch, Chương trình, Nghị quyết, Quyết định…). The document's structure
-- (objectives, sections, legal bases, the documents it implements or supersedes, reporting rules) is kept as JSON:
-- it is read and written whole, and the chain queries use the GIN index.
create table plan (
    id                uuid         primary key,
    province          varchar(10)  not null,
    number            varchar(60)  not null,
    document_type     varchar(30)  not null,
    title             varchar(1000) not null,
    issuer_org_id     uuid         references organization (id),
    issued_on         date,
    signer            varchar(200),
    status            varchar(20)  not null check (status in ('DRAFT', 'ISSUED', 'SUPERSEDED', 'CANCELLED')),
    status_reason     text,
    objectives        jsonb        not null default '{}',
    sections          jsonb        not null default '[]',
    legal_bases       jsonb        not null default '[]',
    implements_docs   jsonb        not null default '[]',
    supersedes_doc    jsonb,
    reporting_rules   jsonb        not null default '[]',
    search_text       text generated always as (plantrack_fold(number || ' ' || title)) stored,
    version           bigint       not null default 0,
    created_at        timestamptz  not null,
    created_by        varchar(120) not null,
    updated_at        timestamptz  not null,
    updated_by        varchar(120) not null,
    constraint plan_number_unique unique (province, document_type, number)
);
create index plan_province_status on plan (province, status);
create index plan_implements on plan using gin (implements_docs jsonb_path_ops);
create index plan_search_trgm on plan using gin (search_text gin_trgm_ops);
