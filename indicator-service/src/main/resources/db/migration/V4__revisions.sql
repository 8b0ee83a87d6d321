-- Every revision of every value and every judgement, with the instant it was made: an evaluation as of
-- a date uses what was known by the end of that date (indicator-contract's EvaluationRule), so a
-- correction or a judgement made later does not rewrite it. measurement and judgement keep the current
-- ones. The revisions older than the current one were kept only in the audit trail as text: the copy
-- below starts from the current ones.
create table measurement_revision (
    indicator_id   uuid           not null references indicator (id),
    period         varchar(10)    not null,
    revision       integer        not null,
    period_end     date           not null,
    number_value   numeric(20, 6),
    boolean_value  boolean,
    text_value     text,
    recorded_at    timestamptz    not null,
    primary key (indicator_id, period, revision)
);
insert into measurement_revision
select indicator_id, period, revision, period_end, number_value, boolean_value, text_value, recorded_at
from measurement;

create table judgement_revision (
    indicator_id uuid         not null references indicator (id),
    year         integer      not null,
    judged_at    timestamptz  not null,
    result       varchar(20)  not null check (result in ('MET', 'NOT_MET')),
    reason       text         not null,
    primary key (indicator_id, year, judged_at)
);
insert into judgement_revision select indicator_id, year, judged_at, result, reason from judgement;
