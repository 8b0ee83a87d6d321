-- An agency's focal points (đầu mối): who is told about its tasks and reports (issue 18). A list of
-- {name, email, phone, role} in the agency's order; kept with the organization because it is part of its
-- directory entry, versioned and audited with it, and published in organization.changed.
alter table organization add column contacts jsonb not null default '[]'::jsonb;
