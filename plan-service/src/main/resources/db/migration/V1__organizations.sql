-- The agency directory. Search folds case and Vietnamese diacritics (đ → d) with PostgreSQL's unaccent, and
-- ranks by trigram similarity (pg_trgm). Both extensions are "trusted": the database owner may create them.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE (it reads a dictionary), so it cannot feed a generated column or an index; this
-- wrapper pins the dictionary and is safe to declare IMMUTABLE.
create function plantrack_fold(value text) returns text
    language sql immutable parallel safe strict
as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

create function plantrack_org_search_text(name text, short_name text, aliases text[]) returns text
    language sql immutable parallel safe
as $$ select plantrack_fold(name || ' ' || coalesce(short_name, '') || ' ' || coalesce(array_to_string(aliases, ' '), '')) $$;

create table organization (
    id          uuid         primary key,
    code        varchar(80)  not null unique,
    province    varchar(10)  not null,
    name        varchar(300) not null,
    short_name  varchar(120),
    aliases     text[]       not null default '{}',
    type        varchar(40)  not null,
    parent_id   uuid         references organization (id),
    valid_from  date,
    valid_to    date,
    search_text text generated always as (plantrack_org_search_text(name, short_name, aliases)) stored,
    version     bigint       not null default 0,
    created_at  timestamptz  not null,
    created_by  varchar(120) not null,
    updated_at  timestamptz  not null,
    updated_by  varchar(120) not null,
    constraint organization_valid_range check (valid_to is null or valid_from is null or valid_from <= valid_to)
);
create index organization_province_name on organization (province, name);
create index organization_parent on organization (parent_id);
create index organization_search_trgm on organization using gin (search_text gin_trgm_ops);
