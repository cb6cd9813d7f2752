-- Who changed a record last, and when: an editor whose save loses to someone else's is told
-- "Changed by Maya Lee at 14:32". Stamped by the services on every change (username, as created_by).
alter table client add column updated_by varchar(64);
alter table client add column updated_at timestamptz;
update client set updated_by = created_by, updated_at = created_at;

alter table treatment_plan add column updated_by varchar(64);
alter table treatment_plan add column updated_at timestamptz;
update treatment_plan p set updated_by = s.username, updated_at = coalesce(p.completed_at, p.activated_at, p.created_at)
from staff_account s where s.id = p.author_id;

alter table session_record add column updated_by varchar(64);
alter table session_record add column updated_at timestamptz;
update session_record r set updated_by = s.username, updated_at = coalesce(r.signed_at, r.created_at)
from staff_account s where s.id = r.author_id;

-- Working hours and their exceptions are inserted and removed, never changed in place today; the
-- version guards any future in-place edit like every other mutable table.
alter table working_hours add column version bigint not null default 0;
alter table working_hours_exception add column version bigint not null default 0;
