-- The year a plan was issued starts its "Hằng năm" tasks (a recurring deadline that names no year).
alter table known_plan add column issued_on date;
