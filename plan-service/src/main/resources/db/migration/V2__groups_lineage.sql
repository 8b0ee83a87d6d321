-- Collectives named in the documents ("Các sở, ban, ngành, địa phương", "UBND các huyện, thành phố") are
-- organizations of type GROUP: a task can be assigned to one like to any agency. A group lists its members
-- explicitly, or the organization types it stands for (member_types) when the document leaves it open.
alter table organization add column member_types text[] not null default '{}';

create table organization_group_member (
    group_id  uuid not null references organization (id),
    member_id uuid not null references organization (id),
    primary key (group_id, member_id)
);
create index organization_group_member_member on organization_group_member (member_id);

-- Reorganizations: a predecessor's work passes to its successor(s) from the effective date.
create table organization_lineage (
    predecessor_id uuid         not null references organization (id),
    successor_id   uuid         not null references organization (id),
    kind           varchar(10)  not null check (kind in ('MERGE', 'SPLIT')),
    position       smallint     not null default 0,  -- a split's successors in order; the first is primary
    effective_on   date         not null,
    note           text,
    recorded_at    timestamptz  not null,
    recorded_by    varchar(120) not null,
    primary key (predecessor_id, successor_id)
);
create index organization_lineage_successor on organization_lineage (successor_id);

-- Exact-name lookups of the resolver, folded like the search text.
create index organization_folded_name on organization (province, plantrack_fold(name));
