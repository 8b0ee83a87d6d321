-- The year a plan was issued starts its "Hằng năm" tasks (a recurring deadline that names no year).
alter table known_plan add column issued_on date;

-- Lists are ordered by code as a number path (38.2 before 38.110): index that order within a plan, so the
-- first page of 20,000 tasks is read from the index instead of sorted.
create index task_plan_code_order on task (
    province, plan_id,
    (case when code ~ '^[0-9]+(\.[0-9]+)*$' then string_to_array(code, '.')::int[] end),
    code, id);
