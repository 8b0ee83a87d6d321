-- One truth for indicators (issue 13): reports evaluate each indicator line with indicator-service's own rule
-- (indicator-contract's EvaluationRule) as of the report's date, from the facts the events carry: the
-- indicator's direction, baseline and creation day; every revision of every value with the day it was
-- recorded; every judgement with its day. The evaluation indicator-service announced for today is no longer
-- kept: a report of another date never shows it.
alter table indicator_view
    add column direction      varchar(20),
    add column baseline_value numeric(20, 6),
    add column baseline_year  integer,
    add column created_on     date,
    drop column evaluation;

-- Every revision of a value (a correction is the next revision; the one a date shows is the latest recorded
-- by then). Rows kept before this migration are revision 1, of an unknown day: they count from their period's end.
alter table measurement_view
    add column revision      integer not null default 1,
    add column number_value  numeric(20, 6),
    add column boolean_value boolean,
    add column recorded_on   date;
update measurement_view set number_value = cast(value as numeric)
    where value ~ '^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$';
update measurement_view set boolean_value = cast(value as boolean) where value in ('true', 'false');
alter table measurement_view drop constraint measurement_view_pkey;
alter table measurement_view add primary key (indicator_id, period, revision);
create index measurement_view_indicator on measurement_view (indicator_id);

-- Every judgement of a qualitative target, one per event (the indicator's version).
create table indicator_judgement_view (
    indicator_id uuid        not null,
    version      bigint      not null,
    year         integer     not null,
    result       varchar(20) not null,
    reason       text        not null,
    judged_on    date,
    primary key (indicator_id, version)
);
