-- A consolidated report's content holds every task and indicator line of the plan (7 MB for 20,000 tasks) and is
-- replaced whole at each build; nothing queries inside it. As jsonb, each build had PostgreSQL parse it into its
-- binary form (about half a second at that size) and each read turn it back into text; as json it is checked and
-- kept as written.
alter table consolidated_report alter column content type json using content::json;
